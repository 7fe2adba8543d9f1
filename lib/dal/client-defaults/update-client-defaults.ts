import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { dependencyViolations } from "@/lib/authz/catalogue";
import { requireStaff } from "@/lib/authz/guards";
import { PERMISSION_KEYS, type PermissionSet } from "@/lib/authz/permission-keys";
import { differsFromDefaults } from "@/lib/authz/propagate-defaults";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

// PUT semantics: the full set of eight, each a boolean; "version" (optional) guards against
// overwriting a colleague's change made since the editor loaded.
export const PermissionSetInput = z.object(Object.fromEntries(PERMISSION_KEYS.map((k) => [k, z.boolean()]))).strict();
export const UpdateClientDefaultsInput = z
  .object({ permissions: PermissionSetInput, version: z.number().int().positive().optional() })
  .strict();

/**
 * Changes what NEW clients copy. Existing clients keep their snapshot (SPEC §3); the answer says
 * how many of them now differ, which "apply to existing clients" can then reconcile.
 */
export async function updateClientDefaults(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "defaults.update");
  const input = parseInput(UpdateClientDefaultsInput, raw) as { permissions: PermissionSet; version?: number };
  const violations = dependencyViolations(input.permissions);
  if (violations.length) throw invalid(`Refused: ${violations.join("; ")}.`, { rules: violations });
  return withTenant(staff.agencyId, async (tx) => {
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, staff.agencyId)).for("update");
    if (input.version !== undefined && input.version !== agency.defaultsVersion) {
      throw conflict("Someone else changed the client defaults. Reload to see their changes.");
    }
    const before = agency.defaultPermissions;
    const after = Object.fromEntries(PERMISSION_KEYS.map((k) => [k, input.permissions[k]])) as PermissionSet;
    let version = agency.defaultsVersion;
    if (PERMISSION_KEYS.some((k) => before[k] !== after[k])) {
      version += 1;
      await tx
        .update(agencies)
        .set({ defaultPermissions: after, defaultsVersion: version })
        .where(eq(agencies.id, staff.agencyId));
      await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
        action: "client_defaults_change",
        target: { type: "agency", id: staff.agencyId },
        details: { before, after, version },
      });
    }
    const live = await tx
      .select({ permissions: clients.permissions })
      .from(clients)
      .where(and(eq(clients.agencyId, staff.agencyId), isNull(clients.archivedAt)));
    return {
      permissions: after,
      version,
      differingClientCount: live.filter((c) => differsFromDefaults(c.permissions, after)).length,
    };
  });
}
