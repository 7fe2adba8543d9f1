import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { PRESET_NAMES, presetPermissions } from "@/lib/authz/catalogue";
import { requireStaff } from "@/lib/authz/guards";
import { inheritAll, snapshotAgainstDefaults, valuesOf } from "@/lib/authz/stored-permissions";
import { parseInput } from "@/lib/validation";
import { assertNameFree, ClientName } from "./client-name";
import { toClientDto, toPermissionsDto } from "./client-dto";

export const CreateClientInput = z.object({ name: ClientName, preset: z.enum(PRESET_NAMES).optional() }).strict();

/**
 * A new client starts from the agency's defaults as they are NOW, or from a preset; with a preset,
 * the toggles that differ from the defaults count as set for this client (SPEC §3).
 */
export async function createClient(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "clients.create");
  const input = parseInput(CreateClientInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    // Locked so a defaults change cannot interleave with the copy.
    const [agency] = await tx
      .select({ defaults: agencies.defaultPermissions })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId))
      .for("share");
    await assertNameFree(tx, staff.agencyId, input.name);
    const permissions = input.preset
      ? snapshotAgainstDefaults(presetPermissions(input.preset), agency.defaults)
      : inheritAll(agency.defaults);
    const [row] = await tx
      .insert(clients)
      .values({ agencyId: staff.agencyId, name: input.name, permissions })
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "client_created",
      target: { type: "client", id: row.id },
      clientId: row.id,
      details: { name: row.name, preset: input.preset ?? null, after: valuesOf(permissions) },
    });
    const { permissions: values, overridden, version } = toPermissionsDto(row);
    return { ...toClientDto(row), permissions: values, overridden, permissionsVersion: version };
  });
}
