import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { providerEvents } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { eventIdentity, type Provider } from "@/lib/ingest/event-identity";
import { findWebhookConnection } from "./find-webhook-connection";
import { verifyRetellSignature } from "@/lib/ingest/verify-retell-signature";
import { verifyVapiRequest } from "@/lib/ingest/verify-vapi-signature";

const PROVIDERS = new Set(["vapi", "retell"]);
// Webhook ids are random and long; anything else is not one of ours and is not looked up.
const WEBHOOK_ID = /^[A-Za-z0-9_-]{16,128}$/;

export const badSignature = () =>
  new AppError("unauthenticated", "The webhook signature is missing, wrong or too old.");

/**
 * The door of provider webhooks (SPEC §13): the connection is found by its unguessable webhook
 * id (none → 404), the provider's signature is checked on the raw body before anything in it is
 * read (unsigned, wrong or stale → 401), and the event is stored raw in the inbox, once per
 * (connection, call, event type) — a duplicate is acknowledged and changes nothing. Nothing is
 * stored for a refused request. The worker does the rest, so the provider gets its 2xx at once.
 */
export async function receiveProviderWebhook(input: {
  provider: string;
  webhookId: string;
  rawBody: string;
  headers: Headers;
  now?: number;
}): Promise<{ stored: boolean }> {
  if (!PROVIDERS.has(input.provider) || !WEBHOOK_ID.test(input.webhookId)) throw notFound("Unknown webhook");
  const provider = input.provider as Provider;
  const connection = await findWebhookConnection(provider, input.webhookId);
  if (!connection) throw notFound("Unknown webhook");
  const verified =
    provider === "retell"
      ? verifyRetellSignature(input.rawBody, connection.apiKey, input.headers.get("x-retell-signature"), input.now)
      : connection.webhookSecret !== null &&
        verifyVapiRequest(input.rawBody, connection.webhookSecret, input.headers, input.now);
  if (!verified) throw badSignature();

  const identity = eventIdentity(provider, input.rawBody);
  const payload = identity.malformed
    ? { unreadableBody: input.rawBody.slice(0, 64 * 1024) }
    : JSON.parse(input.rawBody);
  const inserted = await withTenant(connection.agencyId, (tx) =>
    tx
      .insert(providerEvents)
      .values({
        agencyId: connection.agencyId,
        connectionId: connection.id,
        provider,
        providerCallId: identity.providerCallId,
        eventType: identity.eventType,
        payload,
        // Unreadable at the door: kept for the connection's health, never given to the worker.
        ...(identity.malformed
          ? { status: "failed" as const, error: identity.malformed, processedAt: new Date() }
          : {}),
      })
      .onConflictDoNothing()
      .returning({ id: providerEvents.id }),
  );
  return { stored: inserted.length === 1 };
}
