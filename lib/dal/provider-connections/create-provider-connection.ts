import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { providerConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { secretBox } from "@/lib/crypto/secret-box";
import { voiceProvider } from "@/lib/providers";
import { parseInput } from "@/lib/validation";
import { assertClientOfAgency } from "./internal/assert-client-of-agency";
import { checkApiBaseUrl } from "./internal/check-api-base-url";
import { requireConnectionManager } from "./internal/require-connection-manager";
import { validateKey } from "./internal/validate-key";
import { CreateProviderConnectionInput } from "./provider-connection-input";
import { toProviderConnectionDto, type ProviderConnectionDto } from "./provider-connection-dto";

/**
 * Connects a provider account (SPEC §13). The key is checked with a live call before anything
 * is stored, then sealed bound to the row id; the audit row names the provider, never the key.
 */
export async function createProviderConnection(actor: Actor, raw: unknown): Promise<ProviderConnectionDto> {
  // The capability first: someone without it learns nothing about what a valid body looks like.
  requireStaff(actor, "settings.manage");
  const input = parseInput(CreateProviderConnectionInput, raw);
  const staff = requireConnectionManager(actor, input.clientId ?? null);
  const provider = voiceProvider(input.provider)!;
  if (input.clientId)
    await withTenant(staff.agencyId, (tx) => assertClientOfAgency(tx, staff.agencyId, input.clientId!));
  const apiBaseUrl = await checkApiBaseUrl(input.apiBaseUrl || provider.defaultBaseUrl);
  await validateKey(provider, { apiKey: input.apiKey, apiBaseUrl });
  const id = randomUUID();
  const row = await withTenant(staff.agencyId, async (tx) => {
    const [inserted] = await tx
      .insert(providerConnections)
      .values({
        id,
        agencyId: staff.agencyId,
        clientId: input.clientId ?? null,
        provider: provider.id,
        apiKeyCiphertext: secretBox().seal(input.apiKey, id),
        keyLast4: input.apiKey.slice(-4),
        apiBaseUrl,
        // 24 random bytes: the webhook URL is the only thing a forged event could aim at.
        webhookId: randomBytes(24).toString("base64url"),
      })
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "provider_connected",
      target: { type: "provider_connection", id },
      clientId: input.clientId ?? null,
      details: { provider: provider.id, apiBaseUrl, keyLast4: inserted.keyLast4 },
    });
    return inserted;
  });
  return toProviderConnectionDto(row);
}
