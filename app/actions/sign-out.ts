"use server";

import { signOut } from "@/auth";
import { getActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";

/** Ends the session row and clears the cookie; the browser then navigates to /login itself. */
export async function signOutAction() {
  const actor = await getActor();
  if (actor) await endSession(actor);
  await signOut({ redirect: false });
}
