"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import type { ActionResult } from "@/lib/actions/run-action";

/** Portal side of "preview as client": trade the hand-off token for a portal session cookie. */
export async function redeemPreviewAction(token: string): Promise<ActionResult> {
  try {
    await signIn("preview-handoff", { token, redirect: false });
    return { ok: true, data: undefined };
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return { ok: false, code: "not_found", error: "This preview link has expired or was already used." };
    throw error;
  }
}
