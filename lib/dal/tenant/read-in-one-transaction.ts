import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";

/**
 * Runs the read verbs of one page in one tenant transaction, which each verb's own withTenant
 * joins: the overview's six reads cost BEGIN, the tenant settings, six queries and COMMIT on one
 * connection instead of six transactions of four round trips each. Each verb still checks its
 * own capability. Why it matters: a round trip costs ~0.7 ms of CPU in the socket write alone on
 * the benchmark machine (`node --cpu-prof` of an uncached /calls; README, Performance).
 */
export function readInOneTransaction<T>(actor: Actor, read: () => Promise<T>): Promise<T> {
  return withTenant(actor.agencyId, read);
}
