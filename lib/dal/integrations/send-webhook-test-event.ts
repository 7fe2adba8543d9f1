import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { getConfig } from "@/lib/config";
import { secretBox, SecretBoxError } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { deliverWebhook, type DeliveryResult } from "@/lib/webhooks/deliver-webhook";
import { takeWebhookTestSlot } from "@/lib/webhooks/test-event-throttle";
import { findIntegration } from "./internal/find-integration";

export type WebhookTestResult = DeliveryResult & { eventId: string };

/**
 * Sends a real, signed test event to a webhook and records how it went (lastEventAt,
 * lastError, status) with `webhook_test_sent`. The network call happens outside any
 * transaction, so a slow endpoint never holds a lock.
 */
export async function sendWebhookTestEvent(actor: Actor, id: string): Promise<WebhookTestResult> {
  const client = requireClient(actor, "integrations.manage", { write: true });
  // No transaction is held open across the webhook's HTTP request.
  const row = await withTenant(client.agencyId, (db) => findIntegration(db, client, id));
  if (row.kind !== "webhook") throw invalid("Only webhooks can be sent a test event.");
  if (!row.secretCiphertext) throw invalid("This webhook has no signing secret yet: rotate the secret first.");
  let secret: string;
  try {
    secret = secretBox().open(row.secretCiphertext, row.id);
  } catch (error) {
    if (error instanceof SecretBoxError)
      throw invalid("The stored signing secret can no longer be read: rotate the secret.");
    throw error;
  }

  await takeWebhookTestSlot(client.clientId);
  const eventId = `evt_${randomBytes(12).toString("hex")}`;
  const result = await deliverWebhook({
    url: row.config.url ?? "",
    secret,
    allowPrivate: getConfig().allowPrivateWebhooks,
    event: {
      id: eventId,
      type: "webhook.test",
      createdAt: new Date().toISOString(),
      data: { webhookId: row.id, name: row.name, message: `Test event from your ${client.agencyName} portal.` },
    },
  });

  await withTenant(client.agencyId, async (tx) => {
    await tx
      .update(integrations)
      .set({
        lastEventAt: sql`now()`,
        lastError: result.delivered ? null : result.error,
        status: result.delivered ? "connected" : "error",
      })
      .where(and(eq(integrations.clientId, client.clientId), eq(integrations.id, row.id)));
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "webhook_test_sent",
      target: { type: "integration", id: row.id },
      clientId: client.clientId,
      outcome: result.delivered ? "success" : "failure",
      details: {
        eventId,
        host: safeHost(row.config.url),
        httpStatus: result.httpStatus ?? null,
        error: result.delivered ? null : result.error,
      },
    });
  });
  return { ...result, eventId };
}

function safeHost(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}
