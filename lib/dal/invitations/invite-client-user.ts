import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { isEmptySet } from "@/lib/authz/catalogue";
import { CLIENT_ROLES } from "@/lib/authz/client-roles";
import { requireClientTeam } from "@/lib/authz/guards";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { InvitationResult } from "./invitation-dto";
import { assertAgentsOfClient } from "./internal/assert-agents-of-client";
import { InviteEmail, uniqueIds } from "./internal/invitation-inputs";
import { mailInvitation, mapInvitationRace } from "./internal/mail-invitation";
import { openInvitation } from "./internal/open-invitation";

export const InviteClientUserInput = z.object({
  email: InviteEmail,
  role: z.enum(CLIENT_ROLES, "role must be admin, supervisor, analyst or agent"),
  agentIds: uniqueIds("agentIds"),
}).strict();

/** The warnings an inviter sees before and after sending: an empty or suspended portal. */
export function portalWarnings(client: { name: string; portalAccess: string; emptyPortal: boolean }): string[] {
  return [
    ...(client.emptyPortal ? [`Every section of ${client.name}'s portal is switched off: this user would see an empty portal until you switch some on.`] : []),
    ...(client.portalAccess !== "enabled" ? [`${client.name}'s portal is suspended: this user cannot sign in until you restore it.`] : []),
  ];
}

/**
 * Invites a person into one client's portal: staff who may edit the client, or the client's own
 * admin (team.manage) for its own client. Any client role; agents of this client only.
 */
export async function inviteClientUser(actor: Actor, clientId: string, raw: unknown): Promise<InvitationResult> {
  requireClientTeam(actor, clientId, { write: true });
  const input = parseInput(InviteClientUserInput, raw);
  const done = await mapInvitationRace(() => withTenant(actor.agencyId, async (tx) => {
    const [client] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
    if (!client) throw notFound("Client not found");
    await assertAgentsOfClient(tx, actor.agencyId, clientId, input.agentIds);
    const opened = await openInvitation(tx, {
      agencyId: actor.agencyId, clientId, email: input.email, role: input.role,
      agentIds: input.agentIds, clientIds: [], invitedById: auditActorOf(actor).id,
    });
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "invite_sent",
      target: { type: "invitation", id: opened.row.id },
      clientId,
      details: { email: input.email, role: input.role, agentIds: input.agentIds },
    });
    return { ...opened, client, brand: await getMailBrand(tx, actor.agencyId, "client") };
  }));
  return mailInvitation({
    brand: done.brand,
    row: done.row,
    token: done.token,
    inviterName: actor.name || actor.email,
    clientName: done.client.name,
    warnings: portalWarnings({ ...done.client, emptyPortal: isEmptySet(valuesOf(done.client.permissions)) }),
  });
}
