import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, aiAgents, clients, providerConnections } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";

export type TestConnections = {
  retell: { connectionId: string; webhookId: string; apiKey: string; agentExternalId: string };
  vapi: { connectionId: string; webhookId: string; webhookSecret: string; agentExternalId: string };
};

/**
 * Acme's Retell and Vapi test connections (fresh keys and webhook ids), each with one of Summit
 * Legal's agents linked under a provider id, written as the owner like the seed does.
 */
export async function setUpTestConnections(apiBaseUrl?: string): Promise<TestConnections> {
  const db = await getDb();
  const [acme] = await db.select().from(agencies).where(eq(agencies.slug, "acme"));
  const [summit] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.agencyId, acme.id), eq(clients.name, "Summit Legal")));
  const agents = await db.select().from(aiAgents).where(eq(aiAgents.clientId, summit.id)).orderBy(aiAgents.name);
  const make = async (provider: "retell" | "vapi", agentId: string) => {
    const id = randomUUID();
    const apiKey = `key_test_${randomBytes(12).toString("hex")}`;
    const webhookSecret = `whsec_test_${randomBytes(12).toString("hex")}`;
    const webhookId = `test-${provider}-${randomBytes(12).toString("hex")}`;
    await db.insert(providerConnections).values({
      id,
      agencyId: acme.id,
      provider,
      apiKeyCiphertext: secretBox().seal(apiKey, id),
      keyLast4: apiKey.slice(-4),
      webhookId,
      webhookSecretCiphertext: secretBox().seal(webhookSecret, id),
      apiBaseUrl: apiBaseUrl ?? (provider === "vapi" ? "https://api.vapi.ai" : "https://api.retellai.com"),
    });
    const agentExternalId = provider === "retell" ? `agent_${randomBytes(8).toString("hex")}` : randomUUID();
    await db
      .update(aiAgents)
      .set({ providerConnectionId: id, externalId: agentExternalId })
      .where(eq(aiAgents.id, agentId));
    return { connectionId: id, webhookId, apiKey, webhookSecret, agentExternalId };
  };
  const retell = await make("retell", agents[0].id);
  const vapi = await make("vapi", agents[1].id);
  return { retell, vapi };
}
