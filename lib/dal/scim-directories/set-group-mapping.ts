import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { aiAgents, scimGroupMappings, scimGroupMembers, scimGroups } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { invalid, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { applyGroupRoles } from "@/lib/scim/apply-group-roles";
import { mappableRoles } from "@/lib/scim/directory";
import { findOwnDirectory, staffAgency } from "./find-own-directory";

export const SetGroupMappingInput = z
  .object({ role: z.string().nullable(), agentIds: z.array(z.string()).max(500).default([]) })
  .strict();

/**
 * Maps a directory group to a role (and, for a client directory, to AI agents), then re-applies
 * roles to its members at once. `role: null` and no agents removes the mapping (members keep their role).
 */
export async function setScimGroupMapping(actor: Actor, directoryId: string, groupId: string, raw: unknown) {
  const agencyId = staffAgency(actor);
  const { role, agentIds } = parseInput(SetGroupMappingInput, raw);
  return withTenant(agencyId, async (tx) => {
    const dir = await findOwnDirectory(tx, actor, agencyId, directoryId);
    // findOwnDirectory checked this already; said again where the rule is read.
    if (dir.clientId) requireStaffOnClient(actor, dir.clientId, "client.edit");
    else requireStaff(actor, "settings.manage");
    if (role !== null && !mappableRoles({ ...dir, agencyId }).includes(role))
      throw invalid("That role cannot be mapped.");
    if (!dir.clientId && agentIds.length) throw invalid("Staff directories map groups to roles only.");
    if (agentIds.some((id) => !isUuid(id))) throw invalid("Unknown agent.");
    if (agentIds.length) {
      const found = await tx
        .select({ id: aiAgents.id })
        .from(aiAgents)
        .where(
          and(eq(aiAgents.agencyId, agencyId), eq(aiAgents.clientId, dir.clientId!), inArray(aiAgents.id, agentIds)),
        );
      if (found.length !== new Set(agentIds).size) throw invalid("Unknown agent.");
    }
    if (!isUuid(groupId)) throw notFound("Group not found");
    const [group] = await tx
      .select({ id: scimGroups.id, displayName: scimGroups.displayName })
      .from(scimGroups)
      .where(and(eq(scimGroups.directoryId, dir.id), eq(scimGroups.id, groupId)));
    if (!group) throw notFound("Group not found");
    if (role === null && agentIds.length === 0)
      await tx.delete(scimGroupMappings).where(eq(scimGroupMappings.groupId, groupId));
    else
      await tx
        .insert(scimGroupMappings)
        .values({ groupId, agencyId, role, agentIds: [...new Set(agentIds)] })
        .onConflictDoUpdate({ target: scimGroupMappings.groupId, set: { role, agentIds: [...new Set(agentIds)] } });
    await emitAudit(tx, agencyId, auditActorOf(actor), {
      action: "scim_directory_change",
      target: { type: "scim_directory", id: dir.id },
      clientId: dir.clientId,
      details: { change: "group_mapping", group: group.displayName, role, agentIds },
    });
    const members = await tx
      .select({ userId: scimGroupMembers.userId })
      .from(scimGroupMembers)
      .where(eq(scimGroupMembers.groupId, groupId));
    await applyGroupRoles(
      tx,
      { id: dir.id, agencyId, clientId: dir.clientId },
      auditActorOf(actor),
      members.map((m) => m.userId),
    );
    return { groupId, role, agentIds };
  });
}
