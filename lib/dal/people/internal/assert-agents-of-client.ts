import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { aiAgents } from "@/db/schema";
import { invalid } from "@/lib/errors";

/** Agent assignments must name this client's own AI agents; anything else is refused, not dropped. */
export async function assertAgentsOfClient(tx: Queryable, agencyId: string, clientId: string, agentIds: string[]) {
  if (agentIds.length === 0) return;
  const found = await tx
    .select({ id: aiAgents.id })
    .from(aiAgents)
    .where(and(eq(aiAgents.agencyId, agencyId), eq(aiAgents.clientId, clientId), inArray(aiAgents.id, agentIds)));
  if (found.length !== new Set(agentIds).size)
    throw invalid("agentIds: every agent must be one of this client's AI agents.");
}
