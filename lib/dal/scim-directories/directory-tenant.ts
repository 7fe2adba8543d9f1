import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { clients, scimDirectories } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { portalOrigin } from "@/lib/hosts";
import { isUuid } from "@/lib/uuid";

/**
 * Who configures a directory (SPEC §11): owners and admins (settings.manage) for the staff's,
 * staff who may edit the client for a client's. Returns the tenant the caller may configure.
 */
export function requireDirectoryTenant(actor: Actor, clientId: string | null | undefined) {
  if (clientId && !isUuid(clientId)) throw notFound("Client not found");
  const staff = clientId
    ? requireStaffOnClient(actor, clientId, "client.edit")
    : requireStaff(actor, "settings.manage");
  return { agencyId: staff.agencyId, clientId: clientId ?? null, agencySlug: staff.agencySlug };
}

/** The base URL an IdP is given: the console host for staff, the agency's portal host for a client. */
export function scimBaseUrl(tenant: { clientId: string | null; agencySlug: string }): string {
  const config = getConfig();
  const origin = tenant.clientId
    ? portalOrigin(tenant.agencySlug, config.appUrl, config.portalRootDomain)
    : config.appUrl.origin;
  return `${origin}/api/scim/v2`;
}

export const tenantDirectory = (tenant: { agencyId: string; clientId: string | null }) =>
  and(
    eq(scimDirectories.agencyId, tenant.agencyId),
    tenant.clientId ? eq(scimDirectories.clientId, tenant.clientId) : isNull(scimDirectories.clientId),
  )!;

/** A client that is not (or no longer) in the agency is a 404, as everywhere. */
export async function assertClientExists(tx: Tx, tenant: { agencyId: string; clientId: string | null }) {
  if (!tenant.clientId) return;
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.agencyId, tenant.agencyId), eq(clients.id, tenant.clientId)));
  if (!row) throw notFound("Client not found");
}
