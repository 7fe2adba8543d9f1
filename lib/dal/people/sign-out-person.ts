import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { lockPerson } from "./internal/lock-person";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/** "Sign out everywhere" on a person's row, within the same hierarchy as changing them: each session is refused on its next request. */
export async function signOutPerson(actor: Actor, team: Team, userId: string) {
  const audience = requireTeam(actor, team, "manage");
  await withTenant(audience.agencyId, async (tx) => {
    const person = await lockPerson(tx, audience, userId);
    await revokeUserSessions(tx, userId);
    await emitAudit(tx, audience.agencyId, auditActorOf(actor), {
      action: "sessions_revoked",
      target: { type: "user", id: userId },
      ...audience.auditScope({ email: person.email }),
    });
  });
  return { ok: true };
}
