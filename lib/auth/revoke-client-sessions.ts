import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions, users } from "@/db/schema";

/**
 * Ends every session of a client's users inside the caller's transaction (portal suspension):
 * re-enabling the portal later must not revive a session opened before it was suspended — a
 * stolen or forgotten cookie would otherwise come back to life. Users sign in again. Staff
 * previews of the client are the agency's own sessions and stay. Returns how many ended.
 */
export async function revokeClientSessions(tx: Queryable, clientId: string): Promise<number> {
  const clientUsers = tx.select({ id: users.id }).from(users).where(eq(users.clientId, clientId));
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.clientId, clientId));
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(inArray(sessions.userId, clientUsers), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}
