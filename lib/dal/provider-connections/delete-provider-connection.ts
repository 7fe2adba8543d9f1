import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { providerConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { findConnection } from "./internal/find-connection";
import { requireConnectionManager } from "./internal/require-connection-manager";

/**
 * Disconnects: the sealed key is deleted with the row, so nothing can call the provider or
 * accept its webhooks any more. Imported agents stay (with their calls).
 */
export async function deleteProviderConnection(actor: Actor, id: string): Promise<{ id: string }> {
  const staff = requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (tx) => {
    const row = await findConnection(tx, staff.agencyId, id);
    requireConnectionManager(actor, row.clientId);
    await tx
      .delete(providerConnections)
      .where(and(eq(providerConnections.agencyId, staff.agencyId), eq(providerConnections.id, row.id)));
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "provider_disconnected",
      target: { type: "provider_connection", id: row.id },
      clientId: row.clientId,
      details: { provider: row.provider, keyLast4: row.keyLast4 },
    });
    return { id: row.id };
  });
}
