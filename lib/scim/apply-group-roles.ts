import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { scimGroupMappings, scimGroupMembers, userAgentAssignments, users } from "@/db/schema";
import { emitAudit, type AuditActor } from "@/lib/audit/emit-audit";
import { isLastOwner } from "./deprovision";
import { ROLE_RANK, tenantUsers, type ScimDirectory } from "./directory";

/**
 * Re-applies the group mapping to these users at once (called on every membership or mapping
 * change): the highest mapped role of their groups wins; a user in no mapped group keeps the role
 * they have; the last owner is never demoted. For a client directory, groups mapped to AI agents
 * set the user's agent assignments to the union of them.
 */
export async function applyGroupRoles(tx: Tx, dir: ScimDirectory, actor: AuditActor, userIds: string[]) {
  if (userIds.length === 0) return;
  const ranks = ROLE_RANK[dir.clientId ? "client" : "agency"];
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      roles: sql<
        string[]
      >`coalesce(array_agg(${scimGroupMappings.role}) filter (where ${scimGroupMappings.role} is not null), '{}')`,
      agentIds: sql<
        unknown[]
      >`coalesce(jsonb_agg(${scimGroupMappings.agentIds}) filter (where jsonb_array_length(${scimGroupMappings.agentIds}) > 0), '[]'::jsonb)`,
    })
    .from(users)
    .innerJoin(scimGroupMembers, eq(scimGroupMembers.userId, users.id))
    .innerJoin(scimGroupMappings, eq(scimGroupMappings.groupId, scimGroupMembers.groupId))
    .where(and(tenantUsers(dir), inArray(users.id, userIds)))
    .groupBy(users.id, users.email, users.role);
  for (const row of rows) {
    const roles = (row.roles as string[]).filter((r) => ranks[r]);
    const best = roles.sort((a, b) => ranks[b] - ranks[a])[0];
    if (best && best !== row.role && !(await isLastOwner(tx, dir, row))) {
      await tx
        .update(users)
        .set({ role: best })
        .where(and(eq(users.agencyId, dir.agencyId), eq(users.id, row.id)));
      await emitAudit(tx, dir.agencyId, actor, {
        action: "role_change",
        target: { type: "user", id: row.id },
        clientId: dir.clientId,
        details: { email: row.email, before: { role: row.role }, after: { role: best }, via: "scim_group" },
      });
    }
    const agentLists = (row.agentIds as string[][]).flat();
    if (dir.clientId && agentLists.length > 0) {
      const agentIds = [...new Set(agentLists)];
      await tx.delete(userAgentAssignments).where(eq(userAgentAssignments.userId, row.id));
      await tx
        .insert(userAgentAssignments)
        .values(agentIds.map((agentId) => ({ userId: row.id, agentId })))
        .onConflictDoNothing();
    }
  }
}
