import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, aiAgents, clients, providerConnections } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import { DEMO_RETELL, DEMO_VAPI } from "./demo-providers";

/**
 * Acme's demo Retell and Vapi connections, with the demo agents they own linked by provider id,
 * so `npm run simulate:calls` (and the end-to-end tests) can post signed events that become calls.
 * The keys are fake: a sync or reconciliation against the real provider fails and says so on the
 * connection, nothing else.
 */
export async function seedDemoProviders(tx: Queryable) {
  const [acme] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, "acme"));
  if (!acme) return;
  for (const demo of [DEMO_RETELL, DEMO_VAPI]) {
    const id = randomUUID();
    await tx.insert(providerConnections).values({
      id,
      agencyId: acme.id,
      provider: demo.provider,
      apiKeyCiphertext: secretBox().seal(demo.apiKey, id),
      keyLast4: demo.apiKey.slice(-4),
      webhookId: demo.webhookId,
      apiBaseUrl: demo.provider === "vapi" ? "https://api.vapi.ai" : "https://api.retellai.com",
      webhookSecretCiphertext: "webhookSecret" in demo ? secretBox().seal(demo.webhookSecret, id) : null,
      demo: true,
    });
    for (const agent of demo.agents) {
      const [client] = await tx
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.agencyId, acme.id), eq(clients.name, agent.client)));
      if (!client) continue;
      await tx
        .update(aiAgents)
        .set({ providerConnectionId: id, externalId: agent.externalId })
        .where(and(eq(aiAgents.clientId, client.id), eq(aiAgents.name, agent.name)));
    }
  }
}
