import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { apiKeys, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeClientSessions } from "@/lib/auth/revoke-client-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaffOnClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { timeZoneName } from "@/lib/time-zones/time-zone-name";
import { parseInput } from "@/lib/validation";
import { assertNameFree, ClientName } from "./client-name";
import { toClientDto } from "./client-dto";

export const UpdateClientInput = z
  .object({
    name: ClientName.optional(),
    portalAccess: z.enum(["enabled", "suspended"]).optional(),
    clientAdminsManageUsers: z.boolean().optional(),
    // Whether the client's admins may create client API keys (SPEC §12).
    apiKeysAllowed: z.boolean().optional(),
    // null: back to the agency's zone.
    timeZone: timeZoneName.nullable().optional(),
  })
  .strict();

/**
 * Renames a client, suspends or restores its portal, lets its admins manage their users, or
 * sets its time zone.
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
    const manageChanged =
      input.clientAdminsManageUsers !== undefined && input.clientAdminsManageUsers !== row.clientAdminsManageUsers;
    const accessChanged = input.portalAccess !== undefined && input.portalAccess !== row.portalAccess;
    const zoneChanged = input.timeZone !== undefined && input.timeZone !== row.timeZone;
    const keysChanged = input.apiKeysAllowed !== undefined && input.apiKeysAllowed !== row.apiKeysAllowed;
    if (!renamed && !manageChanged && !accessChanged && !zoneChanged && !keysChanged) return toClientDto(row);
    if (renamed) await assertNameFree(tx, staff.agencyId, input.name!, clientId);
    const [updated] = await tx
      .update(clients)
      .set({
        name: renamed ? input.name : row.name,
        clientAdminsManageUsers: manageChanged ? input.clientAdminsManageUsers : row.clientAdminsManageUsers,
        portalAccess: accessChanged ? input.portalAccess : row.portalAccess,
        timeZone: zoneChanged ? input.timeZone : row.timeZone,
        apiKeysAllowed: keysChanged ? input.apiKeysAllowed : row.apiKeysAllowed,
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
        target,
        clientId,
        details: {
          before: { portalAccess: row.portalAccess },
          after: { portalAccess: updated.portalAccess },
          ...(suspended ? { sessionsEnded } : {}),
        },
      });
    }
    // Withdrawing client keys ends the ones that exist, not only new ones.
    if (keysChanged && !updated.apiKeysAllowed)
      await tx
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiKeys.clientId, clientId), isNull(apiKeys.revokedAt)));
    if (renamed || manageChanged || zoneChanged || keysChanged) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (renamed) [before.name, after.name] = [row.name, updated.name];
      if (manageChanged)
        [before.clientAdminsManageUsers, after.clientAdminsManageUsers] = [
          row.clientAdminsManageUsers,
          updated.clientAdminsManageUsers,
        ];
      if (keysChanged) [before.apiKeysAllowed, after.apiKeysAllowed] = [row.apiKeysAllowed, updated.apiKeysAllowed];
      if (zoneChanged) [before.timeZone, after.timeZone] = [row.timeZone, updated.timeZone];
      await emitAudit(tx, staff.agencyId, audit, {
        action: "client_updated",
        target,
        clientId,
        details: { before, after },
      });
    }
    return toClientDto(updated);
  });
}
