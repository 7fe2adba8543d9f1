import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { clients, userAgentAssignments, users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { isEmptySet } from "@/lib/authz/catalogue";
import { CLIENT_ROLE_LABELS, CLIENT_ROLES } from "@/lib/authz/client-roles";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { assertOwnClient } from "@/lib/dal/internal/assert-own-client";
import { forbidden, notFound } from "@/lib/errors";
import type { Audience } from "../audience";
import { toPersonDto, type ClientUserDto } from "../person-dto";
import { portalWarnings } from "../portal-warnings";
import { assertAgentsOfClient } from "./assert-agents-of-client";

const SELF = {
  // A client admin demoting itself could leave the client with nobody to manage its team.
  change: "You cannot change your own role or assignments.",
  remove: "You cannot remove yourself. Ask another admin or your agency.",
};

/** The fields input schemas need (lib/dal/people/inputs.ts), also read by the API reference. */
export const CLIENT_INPUT_SHAPE = {
  roles: CLIENT_ROLES,
  roleMessage: "role must be admin, supervisor, analyst or agent",
  assignment: "agentIds",
} as const;

/**
 * One client's users, as seen by staff who may see the client or by the client's own admin
 * (team.manage), access checked already. Any client role may be granted; agents of this client only.
 */
export function clientAudience(actor: Actor, clientId: string): Audience<ClientUserDto> {
  const { agencyId } = actor;
  return {
    actor,
    agencyId,
    clientId,
    noun: "User",
    ...CLIENT_INPUT_SHAPE,
    roleLabels: CLIENT_ROLE_LABELS,
    members: () => and(eq(users.agencyId, agencyId), eq(users.clientId, clientId), eq(users.kind, "client"))!,
    assignedIds: () =>
      sql<
        string[]
      >`coalesce((select array_agg(a.agent_id::text order by a.agent_id) from user_agent_assignments a where a.user_id = ${users.id}), '{}')`,
    assertAssignable: (tx, ids) => assertAgentsOfClient(tx, agencyId, clientId, ids),
    async replaceAssignments(tx, userId, ids) {
      await tx.delete(userAgentAssignments).where(eq(userAgentAssignments.userId, userId));
      if (ids.length) await tx.insert(userAgentAssignments).values(ids.map((agentId) => ({ userId, agentId })));
    },
    assertMayGrant: () => {},
    assertMayManage: () => {},
    assertNotSelf(userId, change) {
      if (actor.kind === "client" && actor.userId === userId) throw forbidden(SELF[change]);
    },
    assertKeepsOwner: async () => {},
    assertExists: (tx) => assertOwnClient(tx, agencyId, clientId),
    async invitationContext(tx, opts = {}) {
      const [client] = await tx
        .select()
        .from(clients)
        .where(
          and(
            eq(clients.agencyId, agencyId),
            eq(clients.id, clientId),
            opts.resend ? undefined : isNull(clients.archivedAt),
          ),
        );
      if (!client) throw notFound("Client not found");
      const warnings = portalWarnings({ ...client, emptyPortal: isEmptySet(valuesOf(client.permissions)) });
      return { brand: await getMailBrand(tx, agencyId, "client"), clientName: client.name, warnings };
    },
    auditScope: (details) => ({ clientId, details }),
    toDto: (row) => toPersonDto(row, (agentIds) => ({ agentIds })),
  };
}
