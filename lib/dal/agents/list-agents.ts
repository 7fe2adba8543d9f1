import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleAgentsWhere } from "@/lib/dal/calls/visible-calls-where";
import type { AgentSummaryDto } from "./agent-dto";
import { selectAgents } from "./select-agents";

/** The agents this client user may see (assignment scope of SPEC §5), by name. */
export async function listAgents(actor: Actor): Promise<AgentSummaryDto[]> {
  const client = requireClient(actor, "agents.read");
  return withTenant(client.agencyId, async (db) => {
    const rows = await selectAgents(db, visibleAgentsWhere(client));
    return rows.map((r) => r.summary);
  });
}
