import "server-only";
import type { Queryable } from "@/db/client";
import type { Connection } from "./apply-normalised-call";

/**
 * The agent a provider's call belongs to: synced from this connection with this provider id
 * (Vapi assistant id, Retell agent id), and assigned to a client. Written against the agent
 * columns of the provider-connections work (voice-sync).
 */
export async function findProviderAgent(
  _tx: Queryable,
  _connection: Connection,
  _externalId: string,
): Promise<{ id: string; clientId: string } | null> {
  return null;
}
