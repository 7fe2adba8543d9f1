import "server-only";
import { desc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { apiKeys, users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { apiKeyDto, type ApiKeyDto } from "./key-dto";
import { keyOwnerOf } from "./key-owner";

/** The keys an actor manages, newest first, revoked ones included (the record of what existed). */
export async function listApiKeys(actor: Actor): Promise<ApiKeyDto[]> {
  const owner = keyOwnerOf(actor);
  return withTenant(owner.agencyId, async (tx) => {
    await owner.assertAllowed(tx);
    const rows = await tx
      .select({ key: apiKeys, creator: { id: users.id, name: users.name, email: users.email } })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.createdBy))
      .where(owner.where)
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
    return rows.map((r) => apiKeyDto(r.key, r.creator));
  });
}
