import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mfaChallenges } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import { newTotpSecret, totpUri } from "./totp";
import type { SignInChallenge } from "./find-sign-in-challenge";

/**
 * The authenticator secret offered to someone a policy obliges to enrol at sign-in. Drawn once
 * per challenge and kept (sealed) on it, so a reload shows the same QR code the phone scanned.
 */
export async function prepareSignInEnrolment(challenge: SignInChallenge): Promise<{ secret: string; uri: string }> {
  const box = secretBox();
  let sealed = challenge.pendingTotpSecretSealed;
  if (!sealed) {
    const drawn = box.seal(newTotpSecret(), challenge.user.id);
    sealed = await withTenant(challenge.agencyId, async (tx) => {
      await tx
        .update(mfaChallenges)
        .set({ pendingTotpSecretSealed: drawn })
        .where(and(eq(mfaChallenges.id, challenge.id), isNull(mfaChallenges.pendingTotpSecretSealed)));
      const [row] = await tx
        .select({ sealed: mfaChallenges.pendingTotpSecretSealed })
        .from(mfaChallenges)
        .where(eq(mfaChallenges.id, challenge.id));
      return row?.sealed ?? drawn;
    });
  }
  const secret = box.open(sealed, challenge.user.id);
  return { secret, uri: totpUri({ secret, issuer: challenge.agencyName, label: challenge.user.email }) };
}
