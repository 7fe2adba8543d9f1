"use server";

import { CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { requireActor } from "@/lib/auth/current-actor";
import { currentRequestMeta } from "@/lib/auth/request-meta";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { signUpAgency } from "@/lib/auth/sign-up-agency";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { getRequestBrand } from "@/lib/branding/request-brand";
import type { AppErrorCode } from "@/lib/errors";

// Public account flows. After creating an account they sign it in with redirect:false and hand
// the browser a path: a full navigation passes proxy.ts, which maps portal hosts onto the
// portal tree (an in-action redirect would skip that rewrite).

/**
 * What an account step answers when it went through: a path to navigate to, or a notice; `done`
 * when the form has nothing left to submit, and `alert` when that came with a problem to show
 * (an account made on a suspended portal). A refusal is the ActionResult's error.
 */
export type AccountOutcome = { redirectTo?: string; notice?: string; alert?: string; done?: boolean };
type AccountResult = ActionResult<AccountOutcome>;

const refused = (error: string, code: AppErrorCode = "validation_failed"): AccountResult => ({
  ok: false,
  code,
  error,
});
// An invitation link that names nothing is not found; one used, withdrawn or run out conflicts with its state.
const INVITATION_CODES: Record<string, AppErrorCode> = { invalid: "not_found", wrong_email: "validation_failed" };
const succeeded = (data: AccountOutcome): AccountResult => ({ ok: true, data });

const INVITATION_MESSAGES: Record<string, string> = {
  invalid: "This invitation link is not valid.",
  expired: "This invitation has expired. Ask for a new one.",
  revoked: "This invitation was withdrawn.",
  accepted: "This invitation was already used. Sign in instead.",
  has_account: "You already have an account. Sign in instead.",
  wrong_email: "This invitation is for another email address.",
};

export async function acceptInviteAction(form: FormData): Promise<AccountResult> {
  const meta = await currentRequestMeta();
  const input = {
    token: form.get("token"),
    email: form.get("email"),
    name: form.get("name"),
    password: form.get("password"),
  };
  if (form.get("password") !== form.get("confirm")) return refused("The two passwords do not match.");
  const result = await acceptInvitation(input, meta.host, meta);
  if (!result.ok) {
    const code = result.message ? "validation_failed" : (INVITATION_CODES[result.state] ?? "conflict");
    return refused(result.message ?? INVITATION_MESSAGES[result.state] ?? "Check the form.", code);
  }
  return signInAfter(result.email, String(form.get("password")), result.kind === "client" ? "/" : "/agency");
}

export async function forgotPasswordAction(form: FormData): Promise<AccountResult> {
  const meta = await currentRequestMeta();
  await requestPasswordReset(String(form.get("email") ?? ""), meta.host, meta);
  // The same words whether or not the address has an account.
  return succeeded({
    done: true,
    notice:
      "If an account uses this address, we have sent it a link to choose a new password. The link works once, for one hour.",
  });
}

export async function resetPasswordAction(form: FormData): Promise<AccountResult> {
  if (form.get("password") !== form.get("confirm")) return refused("The two passwords do not match.");
  const meta = await currentRequestMeta();
  const result = await resetPassword({ token: form.get("token"), password: form.get("password") }, meta.host, meta);
  if (!result.ok) return refused(result.message);
  return succeeded({
    done: true,
    notice: "Your password is changed and every other session is signed out. Sign in with the new password.",
  });
}

export async function signUpAction(form: FormData): Promise<AccountResult> {
  const meta = await currentRequestMeta();
  const password = String(form.get("password") ?? "");
  const result = await runAction(async () =>
    signUpAgency(
      {
        agencyName: form.get("agencyName"),
        slug: form.get("slug"),
        email: form.get("email"),
        name: form.get("name"),
        password,
      },
      meta,
    ),
  );
  if (!result.ok) return result;
  return signInAfter(result.data.email, password, "/agency");
}

/** Self-service "sign out everywhere": every session of mine ends, this one included. */
export async function signOutEverywhereAction(): Promise<ActionResult<void>> {
  const result = await runAction(async () => {
    await signOutEverywhere(await requireActor());
  });
  if (result.ok) await signOut({ redirect: false });
  return result;
}

async function signInAfter(email: string, password: string, landing: string): Promise<AccountResult> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    if (error.code === "suspended") {
      const brand = await getRequestBrand();
      return succeeded({
        done: true,
        alert: `Your account is ready, but access to this portal is paused. Contact ${brand?.name ?? "your agency"}${brand?.supportEmail ? ` at ${brand.supportEmail}` : ""}.`,
      });
    }
    return succeeded({ done: true, notice: "Your account is ready. Sign in to continue." });
  }
  return succeeded({ redirectTo: landing });
}
