"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { getRequestBrand } from "@/lib/branding/request-brand";

export type SignInState = { error?: string; email?: string; redirectTo?: string };

/** Only same-site paths: an attacker's ?next=https://evil must not become an open redirect. */
function safeNext(next: FormDataEntryValue | null): string {
  const value = typeof next === "string" ? next : "";
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

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
  const next = safeNext(formData.get("next"));
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
