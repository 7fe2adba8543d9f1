"use server";

import { signOut } from "@/auth";
import { getActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";

export async function signOutAction() {
  const actor = await getActor();
  if (actor && !(actor.kind === "client" && actor.preview)) await endSession(actor);
  await signOut({ redirectTo: "/login" });
}
