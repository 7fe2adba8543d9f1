import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { invitations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { conflict } from "@/lib/errors";
import { toInvitationDto } from "./invitation-dto";
import { lockInvitation } from "./internal/lock-invitation";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/**
 * Revoking kills the link at once. Revoking twice is harmless; an accepted one needs "remove".
 * An admin cannot touch a staff invitation that grants admin or owner.
 */
export async function revokeInvitation(actor: Actor, team: Team, invitationId: string) {
  const audience = requireTeam(actor, team, "manage");
  return withTenant(audience.agencyId, async (tx) => {
    const current = await lockInvitation(tx, audience.agencyId, audience.clientId, invitationId);
    audience.assertMayGrant(current.role);
    if (current.status === "accepted") {
      throw conflict(`This invitation was already accepted: remove the ${audience.noun.toLowerCase()} instead.`);
    }
    if (current.status !== "pending") return toInvitationDto(current);
    const [row] = await tx
      .update(invitations)
      .set({ status: "revoked", revokedAt: new Date() })
      .where(eq(invitations.id, current.id))
      .returning();
    await emitAudit(tx, audience.agencyId, auditActorOf(actor), {
      action: "invite_revoked",
      target: { type: "invitation", id: current.id },
      ...audience.auditScope({ email: current.email, role: current.role }),
    });
    return toInvitationDto(row);
  });
}
