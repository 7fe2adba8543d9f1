"use server";

import { CredentialsSignin } from "next-auth";
import { SecondFactorDue, signIn } from "@/auth";
import { keepChallengeCookie } from "@/lib/auth/mfa/challenge-cookie";
import type { ActionResult } from "@/lib/actions/run-action";
import { getRequestBrand } from "@/lib/branding/request-brand";
import type { AppErrorCode } from "@/lib/errors";
import { currentRequestOrigin } from "@/lib/http/current-request-origin";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { SSO_ONLY_MESSAGE } from "@/lib/sso/sso-only";

export type SignInResult = ActionResult<{ redirectTo: string }>;

/** The previous result is useActionState's; a refusal says why, never whether the email has an account. */
export async function signInAction(_: SignInResult | null, formData: FormData): Promise<SignInResult> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const origin = await currentRequestOrigin();
  // Only a path on this origin: ?next=/%09/evil.test must not become an open redirect.
  const next = safeRedirectPath(formData.get("next"), origin) ?? "/";
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof SecondFactorDue) {
      await keepChallengeCookie(error.challengeToken, origin);
      return { ok: true, data: { redirectTo: `/login/verify?next=${encodeURIComponent(next)}` } };
    }
    if (error instanceof CredentialsSignin) return { ok: false, ...(await refusalFor(error.code)) };
    throw error;
  }
  const brand = await getRequestBrand();
  const fallback = brand ? "/" : "/agency";
  // The browser navigates itself (see LoginForm): a full request passes through proxy.ts, which
  // maps portal hosts onto the portal tree; an in-action redirect would skip that rewrite.
  return { ok: true, data: { redirectTo: next === "/" ? fallback : next } };
}

async function refusalFor(code: string): Promise<{ code: AppErrorCode; error: string }> {
  if (code === "throttled") return { code: "rate_limited", error: "Too many attempts. Wait a minute, then try again." };
  if (code === "sso_required") return { code: "forbidden", error: SSO_ONLY_MESSAGE };
  if (code === "suspended") {
    const brand = await getRequestBrand();
    const contact = brand?.supportEmail ? ` at ${brand.supportEmail}` : "";
    return {
      code: "forbidden",
      error: `Access to this portal is paused. Contact ${brand?.name ?? "your agency"}${contact}.`,
    };
  }
  return { code: "unauthenticated", error: "Wrong email or password." };
}
