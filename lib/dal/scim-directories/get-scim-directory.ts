import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { scimDirectories, scimGroupMappings, scimGroups, scimRequests } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { mappableRoles } from "@/lib/scim/directory";
import { assertClientExists, requireDirectoryTenant, scimBaseUrl, tenantDirectory } from "./directory-tenant";

export type ScimDirectoryDto = {
  id: string;
  clientId: string | null;
  baseUrl: string;
  createdAt: string;
  tokenRotatedAt: string;
  lastRequestAt: string | null;
  roles: string[];
  groups: { id: string; displayName: string; members: number; role: string | null; agentIds: string[] }[];
  requests: { method: string; path: string; status: number; outcome: string; at: string }[];
};

/** The tenant's directory (or null) as the console shows it: never the token. */
export async function getScimDirectory(actor: Actor, clientId: string | null): Promise<ScimDirectoryDto | null> {
  const tenant = requireDirectoryTenant(actor, clientId);
  return withTenant(tenant.agencyId, async (tx) => {
    await assertClientExists(tx, tenant);
    const [dir] = await tx.select().from(scimDirectories).where(tenantDirectory(tenant));
    if (!dir) return null;
    const groups = await tx
      .select({
        id: scimGroups.id,
        displayName: scimGroups.displayName,
        members: sql<number>`(select count(*)::int from scim_group_members m where m.group_id = ${scimGroups.id})`,
        role: scimGroupMappings.role,
        agentIds: scimGroupMappings.agentIds,
      })
      .from(scimGroups)
      .leftJoin(scimGroupMappings, eq(scimGroupMappings.groupId, scimGroups.id))
      .where(eq(scimGroups.directoryId, dir.id))
      .orderBy(scimGroups.displayName)
      .limit(500);
    const requests = await tx
      .select()
      .from(scimRequests)
      .where(eq(scimRequests.directoryId, dir.id))
      .orderBy(desc(scimRequests.at))
      .limit(50);
    return {
      id: dir.id,
      clientId: dir.clientId,
      baseUrl: scimBaseUrl(tenant),
      createdAt: dir.createdAt.toISOString(),
      tokenRotatedAt: dir.tokenRotatedAt.toISOString(),
      lastRequestAt: dir.lastRequestAt?.toISOString() ?? null,
      roles: mappableRoles(dir),
      groups: groups.map((g) => ({ ...g, members: Number(g.members), agentIds: g.agentIds ?? [] })),
      requests: requests.map((r) => ({
        method: r.method,
        path: r.path,
        status: r.status,
        outcome: r.outcome,
        at: r.at.toISOString(),
      })),
    };
  });
}
