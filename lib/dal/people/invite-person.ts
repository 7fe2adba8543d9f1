import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/validation";
import { inviteInput } from "./inputs";
import type { InvitationResult } from "./invitation-dto";
import { mailInvitation, mapInvitationRace } from "./internal/mail-invitation";
import { openInvitation } from "./internal/open-invitation";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/**
 * Invites a person into a team: a colleague to the console (owner/admin; nobody grants above
 * their own role), or a user into one client's portal (staff who may edit the client, or the
 * client's own admin). The email goes out only after the transaction committed.
 */
export async function invitePerson(actor: Actor, team: Team, raw: unknown): Promise<InvitationResult> {
  const audience = requireTeam(actor, team, "manage");
  const input = parseInput(inviteInput(audience), raw);
  audience.assertMayGrant(input.role);
  const { agencyId, clientId, assignment } = audience;
  const done = await mapInvitationRace(() =>
    withTenant(agencyId, async (tx) => {
      const context = await audience.invitationContext(tx);
      await audience.assertAssignable(tx, input.ids);
      const opened = await openInvitation(tx, {
        agencyId,
        clientId,
        email: input.email,
        role: input.role,
        agentIds: assignment === "agentIds" ? input.ids : [],
        clientIds: assignment === "clientIds" ? input.ids : [],
        invitedById: auditActorOf(actor).id,
      });
      await emitAudit(tx, agencyId, auditActorOf(actor), {
        action: "invite_sent",
        target: { type: "invitation", id: opened.row.id },
        ...audience.auditScope({ email: input.email, role: input.role, [assignment]: input.ids }),
      });
      return { ...opened, ...context };
    }),
  );
  return mailInvitation({ ...done, inviterName: actor.name || actor.email, roleLabels: audience.roleLabels });
}
