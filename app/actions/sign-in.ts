"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { getRequestBrand } from "@/lib/branding/request-brand";
import { currentRequestOrigin } from "@/lib/http/current-request-origin";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

export type SignInState = { error?: string; email?: string; redirectTo?: string };

export async function signInAction(_: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { email, error: await messageFor(error.code) };
    throw error;
  }
  const brand = await getRequestBrand();
  const fallback = brand ? "/" : "/agency";
  // Only a path on this origin: ?next=/%09/evil.test must not become an open redirect.
  const next = safeRedirectPath(formData.get("next"), await currentRequestOrigin()) ?? "/";
  // The browser navigates itself (see LoginForm): a full request passes through proxy.ts, which
  // maps portal hosts onto the portal tree; an in-action redirect would skip that rewrite.
  return { redirectTo: next === "/" ? fallback : next };
}

async function messageFor(code: string): Promise<string> {
  if (code === "throttled") return "Too many attempts. Wait a minute, then try again.";
  if (code === "suspended") {
    const brand = await getRequestBrand();
    const contact = brand?.supportEmail ? ` at ${brand.supportEmail}` : "";
    return `Access to this portal is paused. Contact ${brand?.name ?? "your agency"}${contact}.`;
  }
  return "Wrong email or password.";
}
