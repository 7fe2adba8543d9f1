import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { revokeApiKeysOfUser } from "@/lib/dal/api-keys/revoke-api-keys-of-user";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { lockPerson } from "./internal/lock-person";
import { requireTeam, type DtoOf } from "./require-team";
import type { Team } from "./team";

/** Removes a person: the account is kept for the record as "removed" and every session ends now. */
export async function removePerson<T extends Team>(actor: Actor, team: T, userId: string): Promise<DtoOf<T>> {
  const audience = requireTeam(actor, team, "manage");
  audience.assertNotSelf(userId, "remove");
  const { agencyId } = audience;
  return withTenant(agencyId, async (tx) => {
    const before = await lockPerson(tx, audience, userId);
    await audience.assertKeepsOwner(tx, before, null);
    await tx
      .update(users)
      .set({ status: "removed" })
      .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
    await revokeUserSessions(tx, userId);
    await revokeApiKeysOfUser(tx, userId);
    await emitAudit(tx, agencyId, auditActorOf(actor), {
      action: "user_removed",
      target: { type: "user", id: userId },
      ...audience.auditScope({ email: before.email, role: before.role }),
    });
    return audience.toDto({ ...before, status: "removed" });
  });
}
