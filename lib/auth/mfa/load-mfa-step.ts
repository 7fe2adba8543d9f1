import "server-only";
import { readChallengeCookie } from "./challenge-cookie";
import { findSignInChallenge } from "./find-sign-in-challenge";
import { prepareSignInEnrolment } from "./prepare-sign-in-enrolment";
import { hasSecondFactor } from "./second-factor-state";
import { totpQrSvg } from "./totp-qr";

export type MfaStepView =
  | { state: "expired" }
  | { state: "verify"; email: string; totp: boolean; passkey: boolean; recoveryCodes: boolean }
  | { state: "enrol"; email: string; secret: string; qrDataUrl: string };

/** What the code step of sign-in shows for the challenge in this browser's cookie. */
export async function loadMfaStep(): Promise<MfaStepView> {
  const challenge = await findSignInChallenge(await readChallengeCookie());
  if (!challenge) return { state: "expired" };
  if (hasSecondFactor(challenge.factors)) {
    return {
      state: "verify",
      email: challenge.user.email,
      totp: challenge.factors.totp,
      passkey: challenge.factors.passkeys.length > 0,
      recoveryCodes: challenge.factors.recoveryCodesLeft > 0,
    };
  }
  const { secret, uri } = await prepareSignInEnrolment(challenge);
  const svg = await totpQrSvg(uri);
  return {
    state: "enrol",
    email: challenge.user.email,
    secret,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}
