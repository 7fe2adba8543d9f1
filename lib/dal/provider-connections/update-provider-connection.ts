import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { providerConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { secretBox } from "@/lib/crypto/secret-box";
import { voiceProvider } from "@/lib/providers";
import { parseInput } from "@/lib/validation";
import { checkApiBaseUrl } from "./internal/check-api-base-url";
import { findConnection } from "./internal/find-connection";
import { requireConnectionManager } from "./internal/require-connection-manager";
import { validateKey } from "./internal/validate-key";
import { UpdateProviderConnectionInput } from "./provider-connection-input";
import { toProviderConnectionDto, type ProviderConnectionDto } from "./provider-connection-dto";

/**
 * Rotates the key and/or moves the base URL. The new pair is validated live first; a refused
 * key leaves the stored one in place. Audited as `provider_connected` (a new credential now
 * reaches the provider), with the new last 4, never the key.
 */
export async function updateProviderConnection(actor: Actor, id: string, raw: unknown): Promise<ProviderConnectionDto> {
  const staff = requireStaff(actor, "settings.manage");
  const input = parseInput(UpdateProviderConnectionInput, raw);
  const current = await withTenant(staff.agencyId, (tx) => findConnection(tx, staff.agencyId, id));
  requireConnectionManager(actor, current.clientId);
  const provider = voiceProvider(current.provider)!;
  const apiKey = input.apiKey ?? secretBox().open(current.apiKeyCiphertext, current.id);
  const apiBaseUrl =
    input.apiBaseUrl === undefined
      ? current.apiBaseUrl
      : await checkApiBaseUrl(input.apiBaseUrl || provider.defaultBaseUrl);
  await validateKey(provider, { apiKey, apiBaseUrl });
  const row = await withTenant(staff.agencyId, async (tx) => {
    await findConnection(tx, staff.agencyId, id);
    const [updated] = await tx
      .update(providerConnections)
      .set({
        apiKeyCiphertext: secretBox().seal(apiKey, current.id),
        keyLast4: apiKey.slice(-4),
        apiBaseUrl,
        status: "connected",
        lastError: null,
        // A key that passed live validation is a real connection now: polled from here on.
        demo: false,
        updatedAt: new Date(),
      })
      .where(and(eq(providerConnections.agencyId, staff.agencyId), eq(providerConnections.id, current.id)))
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "provider_connected",
      target: { type: "provider_connection", id: current.id },
      clientId: current.clientId,
      details: {
        provider: current.provider,
        apiBaseUrl,
        keyLast4: updated.keyLast4,
        rotated: input.apiKey !== undefined,
      },
    });
    return updated;
  });
  return toProviderConnectionDto(row);
}
