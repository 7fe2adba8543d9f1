import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { scimDirectories } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { newLinkToken } from "@/lib/auth/tokens";
import type { NewDirectoryDto } from "./create-scim-directory";
import { scimBaseUrl } from "./directory-tenant";
import { findOwnDirectory, staffAgency } from "./find-own-directory";

/** A new token replaces the stored hash: the old token fails on its very next request. */
export async function rotateScimToken(actor: Actor, id: string): Promise<NewDirectoryDto> {
  const agencyId = staffAgency(actor);
  const { token, tokenHash } = newLinkToken();
  return withTenant(agencyId, async (tx) => {
    const dir = await findOwnDirectory(tx, actor, agencyId, id);
    // findOwnDirectory checked this already; said again where the rule is read.
    if (dir.clientId) requireStaffOnClient(actor, dir.clientId, "client.edit");
    else requireStaff(actor, "settings.manage");
    await tx
      .update(scimDirectories)
      .set({ tokenHash, tokenRotatedAt: new Date() })
      .where(eq(scimDirectories.id, dir.id));
    await emitAudit(tx, agencyId, auditActorOf(actor), {
      action: "scim_directory_change",
      target: { type: "scim_directory", id: dir.id },
      clientId: dir.clientId,
      details: { change: "token_rotated" },
    });
    return { id: dir.id, clientId: dir.clientId, baseUrl: scimBaseUrl(dir.tenant), token };
  });
}
