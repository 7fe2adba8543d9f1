import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations, webhookDeliveries } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { conflict, notFound } from "@/lib/errors";

/**
 * Sends one of the client's webhook deliveries again: it goes back in the outbox, due now, with
 * its attempts reset, and the worker signs and sends it as it sent the first one (the same event
 * id, so a receiver that deduplicates sees it as the same event). Audited `webhook_redelivered`.
 */
export async function redeliverWebhook(actor: Actor, deliveryId: string) {
  const client = requireClient(actor, "integrations.manage", { write: true });
  if (!/^\d{1,18}$/.test(deliveryId)) throw notFound("Delivery not found");
  const id = Number(deliveryId);
  return withTenant(client.agencyId, async (tx) => {
    const [row] = await tx
      .select({ id: webhookDeliveries.id, status: webhookDeliveries.status, integrationId: integrations.id })
      .from(webhookDeliveries)
      .innerJoin(integrations, eq(integrations.id, webhookDeliveries.integrationId))
      .where(
        and(
          eq(webhookDeliveries.agencyId, client.agencyId),
          eq(webhookDeliveries.clientId, client.clientId),
          eq(webhookDeliveries.id, id),
          ne(integrations.status, "disconnected"),
        ),
      )
      .for("update");
    if (!row) throw notFound("Delivery not found");
    if (row.status === "pending") throw conflict("This delivery is still being sent.");
    await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), claimedBy: null, lastError: null })
      .where(eq(webhookDeliveries.id, id));
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "webhook_redelivered",
      target: { type: "integration", id: row.integrationId },
      clientId: client.clientId,
      details: { deliveryId: String(id), previousStatus: row.status },
    });
    return { id: String(id), status: "pending" as const };
  });
}
