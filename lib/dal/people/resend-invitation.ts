import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import type { InvitationResult } from "./invitation-dto";
import { assertResendable } from "./internal/assert-resendable";
import { lockInvitation } from "./internal/lock-invitation";
import { mailInvitation } from "./internal/mail-invitation";
import { reissueInvitation } from "./internal/open-invitation";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/**
 * A new link replaces the old one (which stops working) and the seven days start again.
 * Resending re-grants the role, so the same hierarchy applies as to inviting.
 */
export async function resendInvitation(actor: Actor, team: Team, invitationId: string): Promise<InvitationResult> {
  const audience = requireTeam(actor, team, "manage");
  const done = await withTenant(audience.agencyId, async (tx) => {
    const current = await lockInvitation(tx, audience.agencyId, audience.clientId, invitationId);
    audience.assertMayGrant(current.role);
    assertResendable(current);
    const context = await audience.invitationContext(tx, { resend: true });
    const reissued = await reissueInvitation(tx, current.id);
    await emitAudit(tx, audience.agencyId, auditActorOf(actor), {
      action: "invite_sent",
      target: { type: "invitation", id: current.id },
      ...audience.auditScope({ email: current.email, role: current.role, resend: true }),
    });
    return { ...reissued, ...context };
  });
  return mailInvitation({ ...done, inviterName: actor.name || actor.email, roleLabels: audience.roleLabels });
}
