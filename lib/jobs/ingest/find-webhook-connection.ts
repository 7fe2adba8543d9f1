import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { providerConnections } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import type { Provider } from "@/lib/ingest/event-identity";

export type WebhookConnection = {
  id: string;
  agencyId: string;
  provider: Provider;
  /** Retell signs with the API key. */
  apiKey: string;
  /** Vapi's credential (HMAC secret or secret header) is the connection's webhook secret. */
  webhookSecret: string | null;
};

/**
 * The connection a webhook id names (a disconnected one is deleted, so unknown), for this provider, with its secrets opened — or null.
 * No tenant is known yet (the webhook id is what tells the agency), so this reads as the database
 * owner, one indexed row; everything after it runs in that agency's tenant transaction.
 */
export async function findWebhookConnection(provider: Provider, webhookId: string): Promise<WebhookConnection | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(providerConnections)
    .where(and(eq(providerConnections.webhookId, webhookId), eq(providerConnections.provider, provider)));
  if (!row) return null;
  try {
    return {
      id: row.id,
      agencyId: row.agencyId,
      provider,
      apiKey: secretBox().open(row.apiKeyCiphertext, row.id),
      webhookSecret: row.webhookSecretCiphertext ? secretBox().open(row.webhookSecretCiphertext, row.id) : null,
    };
  } catch {
    // A key sealed under another AUTH_SECRET cannot verify anything: as good as unknown.
    return null;
  }
}
