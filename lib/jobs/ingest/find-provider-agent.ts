import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { aiAgents } from "@/db/schema";
import type { Connection } from "./apply-normalised-call";

/**
 * The agent a provider's call belongs to: synced from this connection under this provider id
 * (Vapi assistant id, Retell agent id). Its client is the call's client.
 */
export async function findProviderAgent(
  tx: Queryable,
  connection: Connection,
  externalId: string,
): Promise<{ id: string; clientId: string } | null> {
  const [agent] = await tx
    .select({ id: aiAgents.id, clientId: aiAgents.clientId })
    .from(aiAgents)
    .where(
      and(
        eq(aiAgents.agencyId, connection.agencyId),
        eq(aiAgents.providerConnectionId, connection.id),
        eq(aiAgents.externalId, externalId),
      ),
    );
  return agent ?? null;
}
