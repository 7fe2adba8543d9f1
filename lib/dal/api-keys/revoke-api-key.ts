import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { apiKeys } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { forbidden, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { apiKeyDto, type ApiKeyDto } from "./key-dto";
import { agencyKeyOwner, clientKeyOwner } from "./key-owner";
import { requireClient, requireStaff } from "@/lib/authz/guards";

/** Revokes a key: refused from its next request on. Revoking it again changes nothing and is not audited. */
export async function revokeApiKey(actor: Actor, keyId: string): Promise<ApiKeyDto> {
  const owner =
    actor.kind === "agency"
      ? agencyKeyOwner(requireStaff(actor, "settings.manage"))
      : clientKeyOwner(requireClient(actor, "settings.manage", { write: true }));
  if (actor.apiKey) throw forbidden("API keys cannot manage API keys; sign in to do this.");
  if (!isUuid(keyId)) throw notFound("API key not found");
  return withTenant(owner.agencyId, async (tx) => {
    await owner.assertAllowed(tx);
    const [before] = await tx
      .select()
      .from(apiKeys)
      .where(and(owner.where, eq(apiKeys.id, keyId)))
      .for("update");
    if (!before) throw notFound("API key not found");
    if (before.revokedAt) return apiKeyDto(before, null);
    const [row] = await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, keyId)).returning();
    await emitAudit(tx, owner.agencyId, auditActorOf(actor), {
      action: "api_key_revoked",
      target: { type: "api_key", id: row.id },
      clientId: row.clientId,
      details: { name: row.name, scopes: row.scopes },
    });
    return apiKeyDto(row, null);
  });
}
