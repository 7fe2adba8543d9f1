import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { propagateDefaults } from "@/lib/authz/propagate-defaults";
import { overriddenOf, sameStored, valuesOf } from "@/lib/authz/stored-permissions";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const ApplyDefaultsInput = z
  .object({
    clientIds: z.array(z.uuid()).min(1, "Choose at least one client.").max(1000),
    includeOverridden: z.boolean().default(false),
    // The defaults version the preview showed: applying different defaults than the admin saw is refused.
    defaultsVersion: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Brings the chosen clients in line with the current defaults, in ONE transaction: all of them or
 * none. Each client actually changed gets a new permissions version (open editors then get 409)
 * and one `client_permissions_change` event with before/after and reason "defaults_applied".
 */
export async function applyDefaultsToClients(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "defaults.update");
  const input = parseInput(ApplyDefaultsInput, raw);
  const ids = [...new Set(input.clientIds)];
  return withTenant(staff.agencyId, async (tx) => {
    const [agency] = await tx
      .select({ defaults: agencies.defaultPermissions, version: agencies.defaultsVersion })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId))
      .for("update");
    if (input.defaultsVersion !== undefined && input.defaultsVersion !== agency.version) {
      throw conflict("The client defaults changed since this preview. Review it again.");
    }
    const rows = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, staff.agencyId), inArray(clients.id, ids), isNull(clients.archivedAt)))
      .orderBy(asc(clients.id)) // one lock order for every writer: no deadlocks between two applies
      .for("update");
    // Another agency's id, or an archived client, is simply not there: refuse the whole apply.
    if (rows.length !== ids.length) throw notFound("Client not found");
    const changed: { id: string; name: string; version: number; changes: number }[] = [];
    for (const row of rows) {
      const { after, changes } = propagateDefaults(row.permissions, agency.defaults, input.includeOverridden);
      if (sameStored(row.permissions, after)) continue;
      const version = row.permissionsVersion + 1;
      await tx
        .update(clients)
        .set({ permissions: after, permissionsVersion: version })
        .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, row.id)));
      await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
        action: "client_permissions_change",
        target: { type: "client", id: row.id },
        clientId: row.id,
        details: {
          before: valuesOf(row.permissions),
          after: valuesOf(after),
          overridden: { before: overriddenOf(row.permissions), after: overriddenOf(after) },
          reason: "defaults_applied",
          includeOverridden: input.includeOverridden,
          defaultsVersion: agency.version,
          version,
        },
      });
      changed.push({ id: row.id, name: row.name, version, changes: changes.length });
    }
    return { changed, unchangedCount: rows.length - changed.length };
  });
}
