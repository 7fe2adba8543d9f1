import type { Actor } from "./actor";

/** The effective capabilities of an actor, sorted, as /api/v1/me reports them. */
export function capabilitiesOf(actor: Actor): string[] {
  return [...actor.resolved.capabilities].sort();
}
