"use server";

import { signOut } from "@/auth";
import type { ActionResult } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";

/**
 * Ends the session row and clears the cookie; the browser then navigates to /login itself. The
 * row is ended here first so a failure is the user's to see; Auth.js's signOut event then finds
 * it ended already (and covers a session this request could not load, e.g. a suspended portal).
 * A failure is thrown, not turned into a result: the browser must not navigate on as if signed out.
 */
export async function signOutAction(): Promise<ActionResult> {
  const actor = await getActor();
  if (actor?.sessionId) await endSession(actor.sessionId, actor.meta);
  await signOut({ redirect: false });
  return { ok: true, data: undefined };
}
