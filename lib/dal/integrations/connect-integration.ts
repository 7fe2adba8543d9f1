import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { integrations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { secretBox, secretHint } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { cleanConfig, ConnectIntegrationInput, providerOf } from "@/lib/integrations/integration-input";
import { newSigningSecret } from "@/lib/webhooks/webhook-signature";
import { parseInput } from "@/lib/validation";
import { toIntegrationDto, type IntegrationDto } from "./integration-dto";
import { refuseLocalWebhookHost } from "./internal/refuse-local-webhook-host";

/**
 * Connects a CRM, calendar or webhook. A CRM or calendar brings its credential; a webhook gets
 * a generated signing secret, returned this once as `signingSecret` and never again.
 */
export async function connectIntegration(
  actor: Actor,
  raw: unknown,
): Promise<IntegrationDto & { signingSecret?: string }> {
  const client = requireClient(actor, "integrations.manage", { write: true });
  const input = parseInput(ConnectIntegrationInput, raw);
  const provider = providerOf(input.provider)!;
  const cleaned = cleanConfig(provider, input.config);
  if ("problem" in cleaned) throw invalid(cleaned.problem.message, { field: cleaned.problem.field });
  if (provider.kind === "webhook") {
    if (input.secret) throw invalid("Webhooks get a generated signing secret; do not send one.", { field: "secret" });
    refuseLocalWebhookHost(cleaned.config.url);
  } else if (!input.secret) {
    throw invalid(`${provider.secretLabel} is required.`, { field: "secret" });
  }
  const secret = provider.kind === "webhook" ? newSigningSecret() : input.secret!;
  // The id is chosen here so the ciphertext can be bound to its row.
  const id = randomUUID();
  const row = await withTenant(client.agencyId, async (tx) => {
    const [inserted] = await tx
      .insert(integrations)
      .values({
        id,
        agencyId: client.agencyId,
        clientId: client.clientId,
        kind: provider.kind,
        provider: provider.id,
        name: input.name ?? provider.label,
        status: "connected",
        config: cleaned.config,
        secretCiphertext: secretBox().seal(secret, id),
        secretHint: secretHint(secret),
      })
      .returning();
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "integration_connected",
      target: { type: "integration", id },
      clientId: client.clientId,
      details: { provider: provider.id, name: inserted.name, config: cleaned.config },
    });
    return inserted;
  });
  const dto = toIntegrationDto(row);
  return provider.kind === "webhook" ? { ...dto, signingSecret: secret } : dto;
}
