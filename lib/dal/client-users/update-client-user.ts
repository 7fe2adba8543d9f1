import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { userAgentAssignments, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { CLIENT_ROLES } from "@/lib/authz/client-roles";
import { requireClientTeam } from "@/lib/authz/guards";
import { idList } from "@/lib/dal/invitations/internal/invitation-inputs";
import { assertAgentsOfClient } from "@/lib/dal/invitations/internal/assert-agents-of-client";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { lockClientUser } from "./internal/lock-client-user";
import { textArray, toClientUserDto } from "./user-dto";

export const UpdateClientUserInput = z
  .object({
    role: z.enum(CLIENT_ROLES, "role must be admin, supervisor, analyst or agent").optional(),
    agentIds: idList("agentIds").optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.agentIds !== undefined, "Send role, agentIds or both.");

/**
 * Changes a client user's role and/or agent assignments. No session is ended: the actor is
 * re-read on every request, so the user's very next request already carries the new rights.
 */
export async function updateClientUser(actor: Actor, clientId: string, userId: string, raw: unknown) {
  requireClientTeam(actor, clientId, { write: true });
  const input = parseInput(UpdateClientUserInput, raw);
  // A client admin demoting itself could leave the client with nobody to manage its team.
  if (actor.kind === "client" && actor.userId === userId) throw forbidden("You cannot change your own role or assignments.");
  return withTenant(actor.agencyId, async (tx) => {
    const before = await lockClientUser(tx, actor.agencyId, clientId, userId);
    const beforeAgents = textArray(before.agentIds);
    if (input.agentIds) await assertAgentsOfClient(tx, actor.agencyId, clientId, input.agentIds);
    if (input.role && input.role !== before.role) {
      await tx.update(users).set({ role: input.role }).where(and(eq(users.agencyId, actor.agencyId), eq(users.id, userId)));
    }
    if (input.agentIds) {
      await tx.delete(userAgentAssignments).where(eq(userAgentAssignments.userId, userId));
      if (input.agentIds.length) await tx.insert(userAgentAssignments).values(input.agentIds.map((agentId) => ({ userId, agentId })));
    }
    const after = { role: input.role ?? before.role, agentIds: [...(input.agentIds ?? beforeAgents)].sort() };
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "role_change",
      target: { type: "user", id: userId },
      clientId,
      details: { email: before.email, before: { role: before.role, agentIds: beforeAgents }, after },
    });
    return toClientUserDto({ ...before, ...after });
  });
}
