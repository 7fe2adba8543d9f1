import "server-only";
import type { Queryable } from "@/db/client";

/**
 * TODO(keys-merge): API keys are built on the `keys` branch, which exports
 * `revokeApiKeysOfUser(tx, userId)`. Once merged, call it here so deprovisioning revokes the
 * user's keys in the same transaction as their sessions. Until then there are no keys to revoke.
 */
export async function revokeApiKeysOfDeprovisioned(tx: Queryable, userId: string): Promise<void> {
  void tx;
  void userId;
}
