import "server-only";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { scimDirectories } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { newLinkToken } from "@/lib/auth/tokens";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "../internal/unique-violation";
import { assertClientExists, requireDirectoryTenant, scimBaseUrl, tenantDirectory } from "./directory-tenant";

export type NewDirectoryDto = { id: string; clientId: string | null; baseUrl: string; token: string };

/** `{"clientId"?}`: absent or null, the agency's staff directory. */
export const CreateScimDirectoryInput = z.object({ clientId: z.string().optional().nullable() }).strict();
/** Creates the tenant's one directory; its bearer token is in this answer only (the hash is kept). */
export async function createScimDirectory(actor: Actor, raw: unknown): Promise<NewDirectoryDto> {
  const { clientId } = parseInput(CreateScimDirectoryInput, raw ?? {});
  // Staff directory: settings.manage; a client's: client.edit on that client (SPEC §11).
  if (clientId) requireStaffOnClient(actor, clientId, "client.edit");
  else requireStaff(actor, "settings.manage");
  const tenant = requireDirectoryTenant(actor, clientId);
  const { token, tokenHash } = newLinkToken();
  try {
    return await withTenant(tenant.agencyId, async (tx) => {
      await assertClientExists(tx, tenant);
      const [existing] = await tx
        .select({ id: scimDirectories.id })
        .from(scimDirectories)
        .where(tenantDirectory(tenant));
      if (existing) throw conflict("This tenant already has a SCIM directory.");
      const [row] = await tx
        .insert(scimDirectories)
        .values({ agencyId: tenant.agencyId, clientId: tenant.clientId, tokenHash })
        .returning({ id: scimDirectories.id });
      await emitAudit(tx, tenant.agencyId, auditActorOf(actor), {
        action: "scim_directory_change",
        target: { type: "scim_directory", id: row.id },
        clientId: tenant.clientId,
        details: { change: "created" },
      });
      return { id: row.id, clientId: tenant.clientId, baseUrl: scimBaseUrl(tenant), token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("This tenant already has a SCIM directory.");
    throw error;
  }
}
