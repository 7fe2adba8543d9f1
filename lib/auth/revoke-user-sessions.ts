import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions, users } from "@/db/schema";

/**
 * Ends every session of a user inside the caller's transaction: the version bump makes any
 * JWT minted before it worthless even if a session row were missed, and the rows are marked
 * revoked for the record.
 */
export async function revokeUserSessions(tx: Queryable, userId: string) {
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
  await tx.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
