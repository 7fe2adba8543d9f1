import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { apiKeys } from "@/db/schema";

/**
 * Revokes every live key a person created, inside the caller's transaction: used where a person
 * is removed or deprovisioned (SPEC §12: a removed creator kills the key). Returns the ids revoked.
 * Request-time checks refuse such keys anyway; this makes the record say so too.
 */
export async function revokeApiKeysOfUser(tx: Queryable, userId: string): Promise<string[]> {
  const rows = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.map((r) => r.id);
}
