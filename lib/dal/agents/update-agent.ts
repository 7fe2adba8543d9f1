import "server-only";
import { withTenant } from "@/db/tenant";
import type { AgentSettings } from "@/db/schema";
import { UpdateAgentInput, auditDiff, diffSettings } from "@/lib/agents/agent-settings";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { parseInput } from "@/lib/validation";
import type { AgentDetailDto } from "./agent-dto";
import { loadAgentDetail } from "./get-agent";
import { lockAgent, saveAgentVersion, settingsOf } from "./internal/save-agent-version";
import { pushAgentEdit } from "./internal/push-agent-edit";

/**
 * Saves any subset of an agent's settings as a new version (who, when, diff). A save that
 * changes nothing writes nothing. The audit event carries the diff, with the prompt only
 * marked "changed".
 */
export async function updateAgent(actor: Actor, agentId: string, raw: unknown): Promise<AgentDetailDto> {
  const client = requireClient(actor, "agents.update", { write: true });
  const { version: expected, ...changes } = parseInput(UpdateAgentInput, raw);
  return withTenant(client.agencyId, async (tx) => {
    const row = await lockAgent(tx, client, agentId, expected);
    const before = settingsOf(row);
    const after: AgentSettings = { ...before };
    for (const [field, value] of Object.entries(changes)) {
      if (value !== undefined) Object.assign(after, { [field]: value });
    }
    if (Object.keys(diffSettings(before, after)).length === 0) return loadAgentDetail(tx, client, row.id);

    await pushAgentEdit(tx, row, settingsOf(row), after);
    const { version, diff } = await saveAgentVersion(tx, client, row, after, null);
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "agent_update",
      target: { type: "agent", id: row.id },
      clientId: client.clientId,
      details: { agentName: row.name, version, changes: auditDiff(diff) },
    });
    return loadAgentDetail(tx, client, row.id);
  });
}
