import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { agentVersions, aiAgents, type AgentSettings } from "@/db/schema";
import type { ClientActor } from "@/lib/authz/actor";
import { auditActorOf } from "@/lib/authz/actor";
import { diffSettings, type SettingsDiff } from "@/lib/agents/agent-settings";
import { visibleAgentsWhere } from "@/lib/dal/calls/visible-calls-where";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";

type AgentRow = typeof aiAgents.$inferSelect;

/** Locks a visible agent for a write, or: not found (other tenant, out of scope), 409 (stale version). */
export async function lockAgent(
  tx: Tx,
  client: ClientActor,
  agentId: string,
  expectedVersion: number,
): Promise<AgentRow> {
  if (!isUuid(agentId)) throw notFound("Agent not found");
  const [row] = await tx
    .select()
    .from(aiAgents)
    .where(and(visibleAgentsWhere(client), eq(aiAgents.id, agentId)))
    .for("update");
  if (!row) throw notFound("Agent not found");
  if (row.version !== expectedVersion) {
    throw conflict("Someone else saved this agent since you opened it. Reload to see their changes.");
  }
  return row;
}

export function settingsOf(row: AgentRow): AgentSettings {
  return {
    prompt: row.prompt,
    greeting: row.greeting,
    voice: row.voice,
    language: row.language,
    businessHours: row.businessHours,
    transferNumber: row.transferNumber,
    maxCallMinutes: row.maxCallMinutes,
  };
}

/**
 * Writes new settings as the next version: the agent row and a version row holding the full
 * settings (what a revert restores) and the diff against the previous ones (what history shows).
 * The caller has checked the capability and writes the audit event.
 */
export async function saveAgentVersion(
  tx: Tx,
  client: ClientActor,
  row: AgentRow,
  after: AgentSettings,
  revertedFrom: number | null,
): Promise<{ version: number; diff: SettingsDiff }> {
  const diff = diffSettings(settingsOf(row), after);
  const version = row.version + 1;
  await tx
    .update(aiAgents)
    .set({
      prompt: after.prompt,
      greeting: after.greeting,
      voice: after.voice,
      language: after.language,
      businessHours: after.businessHours,
      transferNumber: after.transferNumber,
      maxCallMinutes: after.maxCallMinutes,
      version,
      updatedAt: sql`now()`,
    })
    .where(and(eq(aiAgents.clientId, client.clientId), eq(aiAgents.id, row.id)));
  const author = auditActorOf(client);
  await tx.insert(agentVersions).values({
    agentId: row.id,
    version,
    authorId: author.id,
    authorEmail: author.email,
    settings: after,
    diff,
    revertedFrom,
  });
  return { version, diff };
}
