import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { sessions, users } from "@/db/schema";
import type { RequestMeta } from "@/lib/authz/actor";
import { emitAudit } from "@/lib/audit/emit-audit";

/**
 * Ends one session: revokes its row (so the cookie is dead even if a copy of it is replayed) and
 * records the logout, in one transaction. Every sign-out path ends here — the app's own sign-out
 * and Auth.js's POST /api/auth/signout (auth.ts, events.signOut) — so it is idempotent: a session
 * already ended stays as it is and is logged once, whichever path came first.
 */
export async function endSession(sessionId: string, meta: RequestMeta) {
  // Only the session row tells whose tenant it is: read that as the owner, then write as the tenant.
  const db = await getDb();
  const [owner] = await db
    .select({ agencyId: users.agencyId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!owner) return;
  await withTenant(owner.agencyId, async (tx) => {
    const [ended] = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ userId: sessions.userId, previewClientId: sessions.previewClientId });
    if (!ended) return;
    const [user] = await tx
      .select({ agencyId: users.agencyId, email: users.email, clientId: users.clientId })
      .from(users)
      .where(eq(users.id, ended.userId));
    // A staff preview is logged as the staff member, on the client it showed (as auditActorOf does).
    await emitAudit(
      tx,
      user.agencyId,
      { type: "user", id: ended.userId, email: user.email, ip: meta.ip, userAgent: meta.userAgent, sessionId },
      {
        action: "logout",
        target: { type: "user", id: ended.userId },
        clientId: ended.previewClientId ?? user.clientId,
      },
    );
  });
}
