import "server-only";
import { lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { mfaChallenges } from "@/db/schema";
import { hashChallengeToken, MFA_CHALLENGE_SECONDS, newChallengeToken } from "./challenge-token";

/**
 * The password was right and a second factor is due (or must be enrolled): a challenge row the
 * code step finishes. Returns the token for the browser's cookie; only its hash is stored.
 */
export async function openSignInChallenge(
  tx: Queryable,
  user: { id: string; agencyId: string; sessionVersion: number },
  breakGlass: boolean,
): Promise<string> {
  // Ended challenges of the agency go as new ones come (by the expiry index): nothing piles up.
  await tx.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, new Date()));
  const token = newChallengeToken();
  await tx.insert(mfaChallenges).values({
    agencyId: user.agencyId,
    userId: user.id,
    purpose: "sign_in",
    tokenHash: hashChallengeToken(token),
    userSessionVersion: user.sessionVersion,
    breakGlass,
    expiresAt: new Date(Date.now() + MFA_CHALLENGE_SECONDS * 1000),
  });
  return token;
}
