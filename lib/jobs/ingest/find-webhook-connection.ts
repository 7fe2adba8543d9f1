import "server-only";
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
 * The connection a webhook id names, with its secrets opened, or null. No tenant is known yet
 * (the webhook id is what tells the agency), so this reads as the database owner.
 */
export async function findWebhookConnection(
  _provider: Provider,
  _webhookId: string,
): Promise<WebhookConnection | null> {
  return null;
}
