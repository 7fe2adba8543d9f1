import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { differsFromDefaults, propagateDefaults } from "@/lib/authz/propagate-defaults";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { sectionChanges } from "@/lib/portal/sections-for";
import { parseInput } from "@/lib/validation";

export const PreviewPropagationInput = z.object({ includeOverridden: z.boolean().default(false) }).strict();

/**
 * For every live client that differs from the current defaults: the toggles "apply to existing
 * clients" would change, the portal sections its users would gain or lose, and the overridden
 * toggles it would keep. Reads only; the same pure function decides what apply writes.
 */
export async function previewDefaultsPropagation(actor: Actor, raw: unknown = {}) {
  const staff = requireStaff(actor, "defaults.update");
  const { includeOverridden } = parseInput(PreviewPropagationInput, raw);
  return withTenant(staff.agencyId, async (db) => {
    const [agency] = await db
      .select({ defaults: agencies.defaultPermissions, version: agencies.defaultsVersion })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId));
    const rows = await db
      .select({
        id: clients.id,
        name: clients.name,
        permissions: clients.permissions,
        manageUsers: clients.clientAdminsManageUsers,
      })
      .from(clients)
      .where(and(eq(clients.agencyId, staff.agencyId), isNull(clients.archivedAt)))
      .orderBy(asc(clients.name), asc(clients.id));
    const items = rows
      .filter((c) => differsFromDefaults(c.permissions, agency.defaults))
      .map((c) => {
        const result = propagateDefaults(c.permissions, agency.defaults, includeOverridden);
        const sections = sectionChanges(valuesOf(c.permissions), valuesOf(result.after), c.manageUsers);
        return {
          id: c.id,
          name: c.name,
          changes: result.changes,
          ...sections,
          keptOverrides: result.keptOverrides,
          held: result.held,
        };
      });
    return {
      defaults: agency.defaults,
      defaultsVersion: agency.version,
      includeOverridden,
      differingClientCount: items.length,
      clients: items,
    };
  });
}

export type PropagationPreviewDto = Awaited<ReturnType<typeof previewDefaultsPropagation>>;
