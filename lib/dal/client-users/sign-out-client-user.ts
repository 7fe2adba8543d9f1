import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { lockClientUser } from "./internal/lock-client-user";

/** "Sign out everywhere" on a client user's row: each of its sessions is refused on its next request. */
export async function signOutClientUser(actor: Actor, clientId: string, userId: string) {
  requireClientTeam(actor, clientId, { write: true });
  await withTenant(actor.agencyId, async (tx) => {
    const user = await lockClientUser(tx, actor.agencyId, clientId, userId);
    await revokeUserSessions(tx, userId);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "sessions_revoked",
      target: { type: "user", id: userId },
      clientId,
      details: { email: user.email },
    });
  });
  return { ok: true };
}
