import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { apiKeys } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { scopeIncludes } from "@/lib/authz/resolve";
import { forbidden, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { updateApiKeyInput } from "./inputs";
import { apiKeyDto, type ApiKeyDto } from "./key-dto";

/**
 * Changes a key's rate limit (SPEC §12: configurable per key by the agency's owners and admins).
 * Any key of the agency: its own, or a client's key of a client the staff member may edit.
 */
export async function updateApiKey(actor: Actor, keyId: string, raw: unknown): Promise<ApiKeyDto> {
  const staff = requireStaff(actor, "settings.manage");
  if (staff.apiKey) throw forbidden("API keys cannot manage API keys; sign in to do this.");
  if (!isUuid(keyId)) throw notFound("API key not found");
  const input = parseInput(updateApiKeyInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    const [before] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.agencyId, staff.agencyId), eq(apiKeys.id, keyId)))
      .for("update");
    if (!before || (before.clientId && !scopeIncludes(staff.resolved.editScope, before.clientId)))
      throw notFound("API key not found");
    if (before.rateLimitPerMinute === input.rateLimitPerMinute) return apiKeyDto(before, null);
    const [row] = await tx
      .update(apiKeys)
      .set({ rateLimitPerMinute: input.rateLimitPerMinute })
      .where(eq(apiKeys.id, keyId))
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "api_key_updated",
      target: { type: "api_key", id: row.id },
      clientId: row.clientId,
      details: { name: row.name, rateLimitPerMinute: { from: before.rateLimitPerMinute, to: row.rateLimitPerMinute } },
    });
    return apiKeyDto(row, null);
  });
}
