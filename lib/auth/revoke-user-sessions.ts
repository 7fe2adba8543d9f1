import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions, users } from "@/db/schema";

/**
 * Ends every session of a user inside the caller's transaction: the version bump makes any
 * JWT minted before it worthless even if a session row were missed, and the rows are marked
 * revoked for the record.
 */
export async function revokeUserSessions(tx: Queryable, userId: string) {
  await revokeSessionsOfUsers(tx, eq(users.id, userId));
}

/** The same for every user the condition selects; returns how many session rows it ended. */
export async function revokeSessionsOfUsers(tx: Queryable, which: SQL): Promise<number> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(which);
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(inArray(sessions.userId, tx.select({ id: users.id }).from(users).where(which)), isNull(sessions.revokedAt)),
    )
    .returning({ id: sessions.id });
  return ended.length;
}
