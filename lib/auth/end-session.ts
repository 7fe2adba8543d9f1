import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { sessions } from "@/db/schema";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { emitAudit } from "@/lib/audit/emit-audit";

/** Revokes the current session row (so the JWT is dead even if replayed) and records the logout. */
export async function endSession(actor: Actor) {
  if (!actor.sessionId) return;
  await withTenant(actor.agencyId, async (tx) => {
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, actor.sessionId!));
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "logout",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
    });
  });
}
