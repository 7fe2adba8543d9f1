import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeClientSessions } from "@/lib/auth/revoke-client-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaffOnClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { assertNameFree, ClientName } from "./client-name";
import { toClientDto } from "./client-dto";

export const UpdateClientInput = z
  .object({
    name: ClientName.optional(),
    portalAccess: z.enum(["enabled", "suspended"]).optional(),
    clientAdminsManageUsers: z.boolean().optional(),
  })
  .strict();

/**
 * Renames a client, suspends or restores its portal, or lets its admins manage their users.
 * Suspension is its own audit event (it withholds the portal from every user of the client, on
 * their next request, and ends their sessions so restoring the portal revives none of them);
 * the other changes are one `client_updated` with before/after.
 */
export async function updateClient(actor: Actor, clientId: string, raw: unknown) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  const staff = requireStaffOnClient(actor, clientId, "client.edit");
  const input = parseInput(UpdateClientInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    const where = and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt));
    const [row] = await tx.select().from(clients).where(where).for("update");
    if (!row) throw notFound("Client not found");
    const renamed = input.name !== undefined && input.name !== row.name;
    const manageChanged = input.clientAdminsManageUsers !== undefined && input.clientAdminsManageUsers !== row.clientAdminsManageUsers;
    const accessChanged = input.portalAccess !== undefined && input.portalAccess !== row.portalAccess;
    if (!renamed && !manageChanged && !accessChanged) return toClientDto(row);
    if (renamed) await assertNameFree(tx, staff.agencyId, input.name!, clientId);
    const [updated] = await tx
      .update(clients)
      .set({
        name: renamed ? input.name : row.name,
        clientAdminsManageUsers: manageChanged ? input.clientAdminsManageUsers : row.clientAdminsManageUsers,
        portalAccess: accessChanged ? input.portalAccess : row.portalAccess,
      })
      .where(where)
      .returning();
    const audit = auditActorOf(staff);
    const target = { type: "client", id: clientId };
    if (accessChanged) {
      const suspended = updated.portalAccess === "suspended";
      const sessionsEnded = suspended ? await revokeClientSessions(tx, clientId) : undefined;
      await emitAudit(tx, staff.agencyId, audit, {
        action: suspended ? "client_portal_suspended" : "client_portal_restored",
        target, clientId,
        details: { before: { portalAccess: row.portalAccess }, after: { portalAccess: updated.portalAccess }, ...(suspended ? { sessionsEnded } : {}) },
      });
    }
    if (renamed || manageChanged) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (renamed) [before.name, after.name] = [row.name, updated.name];
      if (manageChanged) [before.clientAdminsManageUsers, after.clientAdminsManageUsers] = [row.clientAdminsManageUsers, updated.clientAdminsManageUsers];
      await emitAudit(tx, staff.agencyId, audit, { action: "client_updated", target, clientId, details: { before, after } });
    }
    return toClientDto(updated);
  });
}
