import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { toClientDto } from "./client-dto";

/**
 * Archives a client: it leaves every console list and its users can no longer sign in (the actor
 * loader refuses archived clients). Its calls and audit trail are kept.
 */
export async function archiveClient(actor: Actor, clientId: string) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  requireStaffOnClient(actor, clientId, "client.read");
  const staff = requireStaff(actor, "clients.archive");
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .update(clients)
      .set({ archivedAt: new Date() })
      .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)))
      .returning();
    if (!row) throw notFound("Client not found");
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "client_archived",
      target: { type: "client", id: clientId },
      clientId,
      details: { name: row.name },
    });
    return toClientDto(row);
  });
}
