import "server-only";
import { asc, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { aiAgents } from "@/db/schema";
import { isoOrNull, jsonArray, type AgentSummaryDto, type PhoneNumberDto } from "./agent-dto";

/**
 * Agents with their numbers, last call and 30-day call count in ONE query: the numbers and the
 * call figures are correlated subqueries served by phone_numbers_agent_idx and
 * calls_client_agent_started_idx, so a list of any length costs one round trip. The outer row is
 * named in full (ai_agents.id): drizzle prints a bare "id" for single-table selects, which inside
 * the subquery would silently mean the inner table's column.
 */
export async function selectAgents(db: Queryable, where: SQL) {
  const rows = await db
    .select({
      agent: aiAgents,
      phoneNumbers: sql<PhoneNumberDto[] | string | null>`(
        select json_agg(json_build_object('e164', p.e164, 'label', p.label) order by p.e164)
        from phone_numbers p where p.agent_id = ai_agents.id and p.client_id = ai_agents.client_id)`,
      lastCallAt: sql<Date | string | null>`(
        select max(c.started_at) from calls c where c.client_id = ai_agents.client_id and c.agent_id = ai_agents.id)`,
      callsLast30Days: sql<number | string>`(
        select count(*) from calls c where c.client_id = ai_agents.client_id and c.agent_id = ai_agents.id
          and c.started_at >= now() - interval '30 days')`,
    })
    .from(aiAgents)
    .where(where)
    .orderBy(asc(aiAgents.name), asc(aiAgents.id));
  return rows.map((r) => ({
    row: r.agent,
    summary: {
      id: r.agent.id,
      name: r.agent.name,
      status: r.agent.status,
      voice: r.agent.voice,
      language: r.agent.language,
      phoneNumbers: jsonArray(r.phoneNumbers),
      lastCallAt: isoOrNull(r.lastCallAt),
      callsLast30Days: Number(r.callsLast30Days),
      version: r.agent.version,
      updatedAt: r.agent.updatedAt.toISOString(),
    } satisfies AgentSummaryDto,
  }));
}
