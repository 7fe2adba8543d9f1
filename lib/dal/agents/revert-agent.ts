import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agentVersions } from "@/db/schema";
import { RevertAgentInput, auditDiff, diffSettings } from "@/lib/agents/agent-settings";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { AgentDetailDto } from "./agent-dto";
import { loadAgentDetail } from "./get-agent";
import { lockAgent, saveAgentVersion, settingsOf } from "./internal/save-agent-version";
import { pushAgentEdit } from "./internal/push-agent-edit";

/**
 * Puts an older version's settings back as a NEW version, so history only ever grows and a
 * revert can itself be reverted.
 */
export async function revertAgent(actor: Actor, agentId: string, raw: unknown): Promise<AgentDetailDto> {
  const client = requireClient(actor, "agents.update", { write: true });
  const input = parseInput(RevertAgentInput, raw);
  return withTenant(client.agencyId, async (tx) => {
    const row = await lockAgent(tx, client, agentId, input.version);
    const [target] = await tx
      .select()
      .from(agentVersions)
      .where(and(eq(agentVersions.agentId, row.id), eq(agentVersions.version, input.toVersion)));
    if (!target) throw notFound("Version not found");
    if (Object.keys(diffSettings(settingsOf(row), target.settings)).length === 0) {
      throw invalid(`The agent already has the settings of version ${input.toVersion}.`);
    }
    await pushAgentEdit(tx, row, settingsOf(row), target.settings);
    const { version, diff } = await saveAgentVersion(tx, client, row, target.settings, input.toVersion);
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "agent_revert",
      target: { type: "agent", id: row.id },
      clientId: client.clientId,
      details: { agentName: row.name, version, revertedTo: input.toVersion, changes: auditDiff(diff) },
    });
    return loadAgentDetail(tx, client, row.id);
  });
}
