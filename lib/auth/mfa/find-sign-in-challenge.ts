import "server-only";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, clients, mfaChallenges, users } from "@/db/schema";
import { hashChallengeToken, MAX_CHALLENGE_ATTEMPTS } from "./challenge-token";
import { secondFactorState, type SecondFactorState } from "./second-factor-state";

export type SignInChallenge = {
  id: string;
  agencyId: string;
  agencyName: string;
  breakGlass: boolean;
  pendingTotpSecretSealed: string | null;
  webauthnChallenge: string | null;
  user: { id: string; email: string; kind: string; clientId: string | null; sessionVersion: number };
  factors: SecondFactorState;
};

/**
 * The open sign-in challenge behind a cookie's token, or null when it is unknown, finished,
 * expired, out of attempts, or its user can no longer sign in (removed, password changed, portal
 * paused). The token is all the browser has, so the owner's handle reads it; writes then run as
 * the challenge's agency.
 */
export async function findSignInChallenge(token: string): Promise<SignInChallenge | null> {
  if (!token || token.length > 100) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: mfaChallenges.id,
      agencyId: mfaChallenges.agencyId,
      agencyName: agencies.name,
      breakGlass: mfaChallenges.breakGlass,
      pendingTotpSecretSealed: mfaChallenges.pendingTotpSecretSealed,
      webauthnChallenge: mfaChallenges.webauthnChallenge,
      userId: users.id,
      email: users.email,
      kind: users.kind,
      clientId: users.clientId,
      sessionVersion: users.sessionVersion,
    })
    .from(mfaChallenges)
    .innerJoin(users, eq(users.id, mfaChallenges.userId))
    .innerJoin(agencies, eq(agencies.id, mfaChallenges.agencyId))
    .leftJoin(clients, eq(clients.id, users.clientId))
    .where(
      and(
        eq(mfaChallenges.tokenHash, hashChallengeToken(token)),
        eq(mfaChallenges.purpose, "sign_in"),
        isNull(mfaChallenges.completedAt),
        gt(mfaChallenges.expiresAt, new Date()),
        lt(mfaChallenges.attempts, MAX_CHALLENGE_ATTEMPTS),
        eq(users.status, "active"),
        eq(users.sessionVersion, mfaChallenges.userSessionVersion),
        sql`(${users.kind} = 'agency' or (${clients.portalAccess} = 'enabled' and ${clients.archivedAt} is null))`,
      ),
    );
  if (!row) return null;
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    breakGlass: row.breakGlass,
    pendingTotpSecretSealed: row.pendingTotpSecretSealed,
    webauthnChallenge: row.webauthnChallenge,
    user: {
      id: row.userId,
      email: row.email,
      kind: row.kind,
      clientId: row.clientId,
      sessionVersion: row.sessionVersion,
    },
    factors: await secondFactorState(db, row.userId),
  };
}
