import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { dependencyViolations } from "@/lib/authz/catalogue";
import { requireStaffOnClient } from "@/lib/authz/guards";
import { PERMISSION_KEYS, type PermissionKey, type StoredPermissions } from "@/lib/authz/permission-keys";
import { overriddenOf, sameStored, valuesOf } from "@/lib/authz/stored-permissions";
import { conflict, invalid, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { toPermissionsDto } from "./client-dto";

// Any subset of the eight keys, each a boolean, plus the version the editor loaded; "reset"
// lists keys to put back to the agency default. Unknown keys are refused, not ignored.
export const UpdateClientPermissionsInput = z
  .object({
    version: z.number().int().positive(),
    reset: z.array(z.enum(PERMISSION_KEYS)).optional(),
    ...Object.fromEntries(PERMISSION_KEYS.map((k) => [k, z.boolean().optional()])),
  })
  .strict();

export type UpdateClientPermissions = { version: number; reset?: PermissionKey[] } & Partial<
  Record<PermissionKey, boolean>
>;

export async function updateClientPermissions(actor: Actor, clientId: string, raw: unknown) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  requireStaffOnClient(actor, clientId, "client.edit");
  const input = parseInput(UpdateClientPermissionsInput, raw) as UpdateClientPermissions;
  return withTenant(actor.agencyId, async (tx) => {
    const [row] = await tx
      .select({ client: clients, defaults: agencies.defaultPermissions })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)))
      .for("update", { of: clients });
    if (!row) throw notFound("Client not found");
    if (row.client.permissionsVersion !== input.version) {
      throw conflict("Someone else changed these permissions. Reload to see their changes.");
    }
    const before = row.client.permissions;
    const after: StoredPermissions = structuredClone(before);
    for (const key of input.reset ?? []) after[key] = { enabled: row.defaults[key], overridden: false };
    for (const key of PERMISSION_KEYS) {
      const value = input[key];
      if (value !== undefined && value !== after[key].enabled) after[key] = { enabled: value, overridden: true };
      // Setting a toggle to what it already is keeps its inherited/overridden state.
    }
    const violations = dependencyViolations(valuesOf(after));
    if (violations.length) throw invalid(`Refused: ${violations.join("; ")}.`, { rules: violations });
    // Nothing to change is not a change: no new version, no audit event.
    if (sameStored(before, after)) return toPermissionsDto(row.client);
    const [updated] = await tx
      .update(clients)
      .set({ permissions: after, permissionsVersion: row.client.permissionsVersion + 1 })
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId)))
      .returning();
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "client_permissions_change",
      target: { type: "client", id: clientId },
      clientId,
      details: {
        before: valuesOf(before),
        after: valuesOf(after),
        overridden: { before: overriddenOf(before), after: overriddenOf(after) },
        version: updated.permissionsVersion,
      },
    });
    return toPermissionsDto(updated);
  });
}
