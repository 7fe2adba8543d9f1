import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { secretBox, secretHint } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { cleanConfig, providerOf, UpdateIntegrationInput } from "@/lib/integrations/integration-input";
import { newSigningSecret } from "@/lib/webhooks/webhook-signature";
import { parseInput } from "@/lib/validation";
import { toIntegrationDto, type IntegrationDto } from "./integration-dto";
import { findIntegration } from "./internal/find-integration";
import { refuseLocalWebhookHost } from "./internal/refuse-local-webhook-host";

/**
 * Renames, reconfigures or re-credentials an integration. New credentials (or a rotated webhook
 * secret) put it back to "connected"; a rotated secret is returned this once. The audit event
 * lists what changed, never a secret.
 */
export async function updateIntegration(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<IntegrationDto & { signingSecret?: string }> {
  const client = requireClient(actor, "integrations.manage", { write: true });
  const input = parseInput(UpdateIntegrationInput, raw);
  return withTenant(client.agencyId, async (tx) => {
    const row = await findIntegration(tx, client, id, { lock: true });
    const provider = providerOf(row.provider);
    const isWebhook = row.kind === "webhook";
    let config = row.config;
    if (input.config) {
      if (!provider) throw invalid("This integration's settings cannot be changed here.", { field: "config" });
      const cleaned = cleanConfig(provider, input.config);
      if ("problem" in cleaned) throw invalid(cleaned.problem.message, { field: cleaned.problem.field });
      if (isWebhook) refuseLocalWebhookHost(cleaned.config.url);
      config = cleaned.config;
    }
    if (input.secret && isWebhook)
      throw invalid("A webhook's signing secret is generated: rotate it instead.", { field: "secret" });
    if (input.rotateSecret && !isWebhook)
      throw invalid("Only webhooks have a generated secret to rotate.", { field: "rotateSecret" });
    const newSecret = input.rotateSecret ? newSigningSecret() : input.secret;

    const changes: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== row.name) changes.name = { before: row.name, after: input.name };
    if (JSON.stringify(config) !== JSON.stringify(row.config)) changes.config = { before: row.config, after: config };
    if (newSecret) changes.secret = "replaced";
    if (Object.keys(changes).length === 0) return toIntegrationDto(row);

    const [updated] = await tx
      .update(integrations)
      .set({
        name: input.name ?? row.name,
        config,
        ...(newSecret
          ? {
              secretCiphertext: secretBox().seal(newSecret, row.id),
              secretHint: secretHint(newSecret),
              status: "connected" as const,
              lastError: null,
            }
          : {}),
      })
      .where(and(eq(integrations.clientId, client.clientId), eq(integrations.id, row.id)))
      .returning();
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "integration_updated",
      target: { type: "integration", id: row.id },
      clientId: client.clientId,
      details: { provider: row.provider, name: updated.name, changes },
    });
    const dto = toIntegrationDto(updated);
    return input.rotateSecret ? { ...dto, signingSecret: newSecret } : dto;
  });
}
