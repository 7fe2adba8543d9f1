"use server";

import type { ActionResult } from "@/lib/actions/run-action";
import { currentRequestMeta } from "@/lib/auth/request-meta";
import { findSsoForEmail } from "@/lib/sso/find-sso-for-email";

/** The login page asks, once an email is typed, whether this host offers single sign-on for it. */
export async function ssoForEmailAction(email: string): Promise<ActionResult<{ startUrl: string } | null>> {
  if (typeof email !== "string") return { ok: true, data: null };
  return { ok: true, data: await findSsoForEmail(email, (await currentRequestMeta()).host) };
}
