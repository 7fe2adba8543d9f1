import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations, webhookDeliveries } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";

export type WebhookDeliveryDto = {
  id: string;
  webhook: { id: string; name: string };
  eventId: string;
  type: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
};

/**
 * The client's most recent webhook deliveries (SPEC §13 "what flows out"): which event, to which
 * webhook, and how it went. The event's payload itself is not listed: it is what the receiver got.
 */
export async function listWebhookDeliveries(actor: Actor, limit = 20): Promise<WebhookDeliveryDto[]> {
  const client = requireClient(actor, "integrations.read");
  return withTenant(client.agencyId, async (db) => {
    const rows = await db
      .select({
        id: webhookDeliveries.id,
        webhookId: integrations.id,
        webhookName: integrations.name,
        eventId: webhookDeliveries.eventId,
        event: webhookDeliveries.event,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        lastError: webhookDeliveries.lastError,
        createdAt: webhookDeliveries.createdAt,
        lastAttemptAt: webhookDeliveries.lastAttemptAt,
        deliveredAt: webhookDeliveries.deliveredAt,
      })
      .from(webhookDeliveries)
      .innerJoin(integrations, eq(integrations.id, webhookDeliveries.integrationId))
      .where(and(eq(webhookDeliveries.agencyId, client.agencyId), eq(webhookDeliveries.clientId, client.clientId)))
      .orderBy(desc(webhookDeliveries.id))
      .limit(Math.min(Math.max(limit, 1), 100));
    return rows.map((r) => ({
      id: String(r.id),
      webhook: { id: r.webhookId, name: r.webhookName },
      eventId: r.eventId,
      type: r.event.type,
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
      deliveredAt: r.deliveredAt?.toISOString() ?? null,
    }));
  });
}
