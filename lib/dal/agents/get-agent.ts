import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { agentVersions, aiAgents } from "@/db/schema";
import type { Actor, ClientActor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleAgentsWhere } from "@/lib/dal/calls/visible-calls-where";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { toVersionDto, type AgentDetailDto } from "./agent-dto";
import { selectAgents } from "./select-agents";

/** One visible agent with its settings and its version history, newest first. */
export async function getAgent(actor: Actor, agentId: string): Promise<AgentDetailDto> {
  const client = requireClient(actor, "agents.read");
  return withTenant(client.agencyId, (db) => loadAgentDetail(db, client, agentId));
}

/** Shared by the read and the write verbs, so a save answers exactly what a reload would show. */
export async function loadAgentDetail(db: Queryable, client: ClientActor, agentId: string): Promise<AgentDetailDto> {
  if (!isUuid(agentId)) throw notFound("Agent not found");
  const [found] = await selectAgents(db, and(visibleAgentsWhere(client), eq(aiAgents.id, agentId))!);
  if (!found) throw notFound("Agent not found");
  const versions = await db
    .select()
    .from(agentVersions)
    .where(eq(agentVersions.agentId, agentId))
    .orderBy(desc(agentVersions.version));
  const { row } = found;
  return {
    ...found.summary,
    settings: {
      prompt: row.prompt,
      greeting: row.greeting,
      voice: row.voice,
      language: row.language,
      businessHours: row.businessHours,
      transferNumber: row.transferNumber,
      maxCallMinutes: row.maxCallMinutes,
    },
    versions: versions.map(toVersionDto),
  };
}
