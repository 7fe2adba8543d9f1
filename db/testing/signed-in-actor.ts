import type { Actor } from "@/lib/authz/actor";
import { unauthenticated } from "@/lib/errors";

/**
 * Stands in for lib/auth/current-actor.ts in integration tests that call route handlers: the
 * signed-in actor is whoever the test puts in `signedIn.actor`, so what a test proves is the route
 * and the verb behind it on a real database, not the cookie. Use it with
 * `vi.mock("@/lib/auth/current-actor", () => import("@/db/testing/signed-in-actor"))`.
 */
export const signedIn: { actor: Actor | null } = { actor: null };

export async function getActor(): Promise<Actor | null> {
  return signedIn.actor;
}

export async function requireActor(): Promise<Actor> {
  if (!signedIn.actor) throw unauthenticated();
  return signedIn.actor;
}
