import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mfaFactors, mfaRecoveryCodes } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { lockPerson } from "@/lib/dal/people/internal/lock-person";
import { requireTeam } from "@/lib/dal/people/require-team";
import type { Team } from "@/lib/dal/people/team";

/**
 * Clears a person's second factors and recovery codes, for someone who lost their device (SPEC
 * §11): a client's users by staff who may edit the client (never by the client's own admin, who
 * could otherwise strip a colleague's factor), staff by owners and admins above them. Where a
 * policy requires MFA, the person enrols again at their next sign-in.
 */
export async function resetPersonMfa(actor: Actor, team: Team, userId: string) {
  if (team?.kind === "client") requireStaffOnClient(actor, String(team.clientId), "client.edit");
  else requireStaff(actor, "staff.manage");
  const audience = requireTeam(actor, team, "manage");
  return withTenant(audience.agencyId, async (tx) => {
    const person = await lockPerson(tx, audience, userId);
    const factors = await tx
      .delete(mfaFactors)
      .where(eq(mfaFactors.userId, userId))
      .returning({ kind: mfaFactors.kind });
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    await emitAudit(tx, audience.agencyId, auditActorOf(actor), {
      action: "mfa_reset",
      target: { type: "user", id: userId },
      ...audience.auditScope({ email: person.email, factors: factors.length }),
    });
    return { ok: true, factorsRemoved: factors.length };
  });
}
