import "server-only";
import { withTenant } from "@/db/tenant";
import { apiKeys } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { scopeIncludes } from "@/lib/authz/resolve";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { createApiKeyInput, DEFAULT_RATE_LIMIT, expiryOf } from "./inputs";
import { apiKeyDto, type ApiKeyDto } from "./key-dto";
import { agencyKeyOwner, clientKeyOwner } from "./key-owner";
import { requireClient, requireStaff } from "@/lib/authz/guards";
import { newApiKeySecret } from "./internal/secret";
import { parseInput } from "@/lib/validation";

/**
 * Creates an agency key (owners, admins) or a client key (the client's admins, where allowed).
 * A key's scopes must be capabilities its creator holds now; a limited agency key's clients must
 * be ones the creator sees. The secret is in the answer once and nowhere else.
 */
export async function createApiKey(actor: Actor, raw: unknown): Promise<ApiKeyDto & { secret: string }> {
  const owner =
    actor.kind === "agency"
      ? agencyKeyOwner(requireStaff(actor, "settings.manage"))
      : clientKeyOwner(requireClient(actor, "settings.manage", { write: true }));
  // A key never mints keys: revoking a leaked key must not leave keys it created behind.
  if (actor.apiKey) throw forbidden("API keys cannot manage API keys; sign in to do this.");
  const input = parseInput(createApiKeyInput, raw);
  // The per-key limit protects the platform for everyone: the agency's owners and admins set it.
  if (owner.clientId && input.rateLimitPerMinute !== undefined)
    throw forbidden("Only the agency sets a key's rate limit.");
  const expiresAt = expiryOf(input);
  if (typeof expiresAt === "string") throw invalid(expiresAt);
  const notHeld = input.scopes.filter((s) => !owner.capabilities.has(s));
  if (notHeld.length) throw invalid(`Scopes you do not hold: ${notHeld.join(", ")}.`, { scopes: notHeld });
  if (owner.clientId && input.clientIds?.length) throw invalid("A client key acts for its own client only.");
  if (actor.kind === "agency")
    for (const clientId of input.clientIds ?? [])
      if (!scopeIncludes(actor.resolved.readScope, clientId)) throw notFound("Client not found");
  const { secret, secretHash, displayPrefix } = newApiKeySecret();
  return withTenant(owner.agencyId, async (tx) => {
    await owner.assertAllowed(tx);
    const [row] = await tx
      .insert(apiKeys)
      .values({
        agencyId: owner.agencyId,
        clientId: owner.clientId,
        name: input.name,
        scopes: input.scopes,
        clientIds: owner.clientId ? null : (input.clientIds ?? null),
        secretHash,
        displayPrefix,
        createdBy: actor.userId,
        expiresAt,
        rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
      })
      .returning();
    await emitAudit(tx, owner.agencyId, auditActorOf(actor), {
      action: "api_key_created",
      target: { type: "api_key", id: row.id },
      clientId: owner.clientId,
      details: { name: row.name, scopes: row.scopes, clientIds: row.clientIds, expiresAt: row.expiresAt.toISOString() },
    });
    return { ...apiKeyDto(row, { id: actor.userId, name: actor.name, email: actor.email }), secret };
  });
}
