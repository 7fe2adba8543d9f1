import { CLIENT_ROLES } from "@/lib/authz/client-roles";
import { STAFF_ROLE_RANK, type StaffRole } from "@/lib/authz/staff-roles";
import type { SsoGroupRole } from "@/db/schema";

/** How high a role is, for "the highest mapped role wins" (SPEC §11). */
export function roleRank(role: string, forClient: boolean): number {
  if (forClient) return CLIENT_ROLES.length - (CLIENT_ROLES as readonly string[]).indexOf(role);
  return STAFF_ROLE_RANK[role as StaffRole] ?? 0;
}

/**
 * The role and AI-agent assignments the IdP's groups map to: the highest mapped role, and every
 * mapped group's agents. `role` is null when no group is mapped (the user's role stays as it is).
 */
export function mappedAccess(groups: string[], table: SsoGroupRole[], forClient: boolean) {
  const hits = table.filter((row) => groups.includes(row.group));
  const role = hits.map((h) => h.role).sort((a, b) => roleRank(b, forClient) - roleRank(a, forClient))[0] ?? null;
  const agentIds = [...new Set(hits.flatMap((h) => h.agentIds ?? []))];
  return { role, agentIds, mapsAgents: table.some((row) => (row.agentIds?.length ?? 0) > 0) };
}
