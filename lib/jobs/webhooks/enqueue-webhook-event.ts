import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { integrations, webhookDeliveries } from "@/db/schema";
import type { WebhookEvent } from "@/lib/webhooks/deliver-webhook";

/**
 * Puts an event in the durable outbox of every webhook of the client that subscribed to its type,
 * inside the caller's transaction (so an event exists exactly when the change it reports does);
 * the worker (deliver-webhook-outbox.ts) sends it. The same event twice is one delivery per
 * webhook (unique on webhook and event id). The caller builds `data` within what the client may
 * see (SPEC §13: no transcript, summary or sentiment without view_call_details).
 */
export async function enqueueWebhookEvent(
  tx: Queryable,
  target: { agencyId: string; clientId: string },
  event: WebhookEvent,
): Promise<number> {
  const hooks = await tx
    .select({ id: integrations.id, config: integrations.config })
    .from(integrations)
    .where(
      and(
        eq(integrations.agencyId, target.agencyId),
        eq(integrations.clientId, target.clientId),
        eq(integrations.kind, "webhook"),
        ne(integrations.status, "disconnected"),
      ),
    );
  const subscribed = hooks.filter((h) =>
    (h.config.events || "call.completed")
      .split(",")
      .map((e) => e.trim())
      .includes(event.type),
  );
  if (subscribed.length === 0) return 0;
  const rows = await tx
    .insert(webhookDeliveries)
    .values(
      subscribed.map((h) => ({
        agencyId: target.agencyId,
        clientId: target.clientId,
        integrationId: h.id,
        eventId: event.id,
        event,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}
