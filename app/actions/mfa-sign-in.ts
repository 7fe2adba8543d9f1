"use server";

import type { AuthenticationResponseJSON } from "@simplewebauthn/types";
import { signIn } from "@/auth";
import type { ActionResult } from "@/lib/actions/run-action";
import { dropChallengeCookie, readChallengeCookie } from "@/lib/auth/mfa/challenge-cookie";
import { findSignInChallenge } from "@/lib/auth/mfa/find-sign-in-challenge";
import { finishSignInChallenge, type MfaProof, type MfaStepResult } from "@/lib/auth/mfa/finish-sign-in-challenge";
import { relyingPartyOf } from "@/lib/auth/mfa/passkeys";
import { startPasskeySignIn } from "@/lib/auth/mfa/start-passkey-sign-in";
import { currentRequestMeta } from "@/lib/auth/request-meta";
import { getRequestBrand } from "@/lib/branding/request-brand";
import { currentRequestOrigin } from "@/lib/http/current-request-origin";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

export type MfaSignInResult = ActionResult<{
  redirectTo: string;
  recoveryCodes?: string[];
  recoveryCodesLeft?: number;
}>;

const EXPIRED = "This sign-in has expired. Sign in again.";

/** The code step of sign-in: an authenticator or recovery code, or the first code of an app being enrolled. */
export async function verifySecondFactorAction(
  _: MfaSignInResult | null,
  formData: FormData,
): Promise<MfaSignInResult> {
  const code = String(formData.get("code") ?? "").slice(0, 64);
  const kind = formData.get("mode") === "enrol" ? "enrol" : "code";
  if (!code.trim()) return { ok: false, code: "validation_failed", error: "Enter the code." };
  return finish({ kind, code }, formData.get("next"));
}

/** Options for the browser's passkey prompt, for the challenge in this browser's cookie. */
export async function passkeySignInOptionsAction(): Promise<ActionResult<{ options: unknown }>> {
  const challenge = await findSignInChallenge(await readChallengeCookie());
  if (!challenge || challenge.factors.passkeys.length === 0)
    return { ok: false, code: "unauthenticated", error: EXPIRED };
  const options = await startPasskeySignIn(challenge, relyingPartyOf(await currentRequestOrigin()));
  return { ok: true, data: { options } };
}

export async function verifyPasskeySignInAction(response: unknown, next: unknown): Promise<MfaSignInResult> {
  if (!response || typeof response !== "object" || typeof (response as { id?: unknown }).id !== "string")
    return { ok: false, code: "validation_failed", error: "The passkey gave no answer. Try again." };
  const rp = relyingPartyOf(await currentRequestOrigin());
  return finish({ kind: "passkey", response: response as AuthenticationResponseJSON, rp }, next);
}

async function finish(proof: MfaProof, nextField: unknown): Promise<MfaSignInResult> {
  const result = await finishSignInChallenge(await readChallengeCookie(), proof, await currentRequestMeta());
  if (!result.ok) return refusal(result);
  await signIn("preview-handoff", { token: result.handoffToken, redirect: false });
  await dropChallengeCookie();
  const brand = await getRequestBrand();
  const next = safeRedirectPath(nextField, await currentRequestOrigin()) ?? "/";
  return {
    ok: true,
    data: {
      redirectTo: next === "/" ? (brand ? "/" : "/agency") : next,
      ...(result.recoveryCodes ? { recoveryCodes: result.recoveryCodes } : {}),
      ...(result.recoveryCodesLeft !== undefined ? { recoveryCodesLeft: result.recoveryCodesLeft } : {}),
    },
  };
}

function refusal(result: Extract<MfaStepResult, { ok: false }>): MfaSignInResult {
  if (result.reason === "expired") return { ok: false, code: "unauthenticated", error: EXPIRED };
  if (result.reason === "throttled")
    return { ok: false, code: "rate_limited", error: "Too many wrong codes. Wait 15 minutes, then sign in again." };
  return { ok: false, code: "unauthenticated", error: "That code is not right. Try again." };
}
