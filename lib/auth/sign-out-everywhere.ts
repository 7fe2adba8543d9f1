import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { forbidden } from "@/lib/errors";
import { revokeUserSessions } from "./revoke-user-sessions";

/** "Sign out everywhere" for oneself: every session, this one included, ends on its next request. */
export async function signOutEverywhere(actor: Actor) {
  if (actor.kind === "client" && actor.preview) throw forbidden("Preview is read-only.");
  await withTenant(actor.agencyId, async (tx) => {
    await revokeUserSessions(tx, actor.userId);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "sessions_revoked",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { self: true },
    });
  });
}
