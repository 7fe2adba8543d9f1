"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";

/** Portal side of "preview as client": trade the hand-off token for a portal session cookie. */
export async function redeemPreviewAction(token: string): Promise<{ ok: boolean }> {
  try {
    await signIn("preview-handoff", { token, redirect: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) return { ok: false };
    throw error;
  }
}
