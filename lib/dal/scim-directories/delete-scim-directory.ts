import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { scimDirectories } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { findOwnDirectory, staffAgency } from "./find-own-directory";

/** Deletes the directory, its groups and mappings; the users it provisioned stay, as they are. */
export async function deleteScimDirectory(actor: Actor, id: string): Promise<{ ok: true }> {
  const agencyId = staffAgency(actor);
  return withTenant(agencyId, async (tx) => {
    const dir = await findOwnDirectory(tx, actor, agencyId, id);
    // findOwnDirectory checked this already; said again where the rule is read.
    if (dir.clientId) requireStaffOnClient(actor, dir.clientId, "client.edit");
    else requireStaff(actor, "settings.manage");
    await tx.delete(scimDirectories).where(eq(scimDirectories.id, dir.id));
    await emitAudit(tx, agencyId, auditActorOf(actor), {
      action: "scim_directory_change",
      target: { type: "scim_directory", id: dir.id },
      clientId: dir.clientId,
      details: { change: "deleted" },
    });
    return { ok: true as const };
  });
}
