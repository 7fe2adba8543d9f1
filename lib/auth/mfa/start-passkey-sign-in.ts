import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mfaChallenges } from "@/db/schema";
import type { SignInChallenge } from "./find-sign-in-challenge";
import { authenticationOptions, type RelyingParty } from "./passkeys";

/** Options for the browser's passkey prompt; the WebAuthn challenge is kept on the sign-in challenge. */
export async function startPasskeySignIn(challenge: SignInChallenge, rp: RelyingParty) {
  const options = await authenticationOptions({ rp, credentials: challenge.factors.passkeys });
  await withTenant(challenge.agencyId, (tx) =>
    tx.update(mfaChallenges).set({ webauthnChallenge: options.challenge }).where(eq(mfaChallenges.id, challenge.id)),
  );
  return options;
}
