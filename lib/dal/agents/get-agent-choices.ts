import "server-only";
import { cache } from "react";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { aiAgents, providerConnections } from "@/db/schema";
import { LANGUAGES, VOICES } from "@/lib/agents/agent-settings";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleAgentsWhere } from "@/lib/dal/calls/visible-calls-where";
import { providerAccess } from "@/lib/dal/provider-agents/internal/provider-access";
import { notFound } from "@/lib/errors";
import type { Choice } from "@/lib/providers/choice-labels";
import { ProviderError } from "@/lib/providers/provider";
import { isUuid } from "@/lib/uuid";

/** What the edit form offers: voices and languages, and why only the current ones if the provider failed. */
export type AgentChoicesDto = { voices: Choice[]; languages: Choice[]; notice: string | null };

const listed = (list: readonly { id: string; label: string }[]) => list.map(({ id, label }) => ({ id, label }));
/** The agent's own value first when the list lacks it: a form must be able to show what is set. */
const withCurrent = (list: Choice[], current: string) =>
  !current || list.some((c) => c.id === current) ? list : [{ id: current, label: current }, ...list];

/**
 * The voice and language choices of one agent's edit form (SPEC §13: the provider's own, not a
 * fixed list). An imported agent's come from its provider through the connection's key, opened
 * here on the server and never sent on; agents made here, and the demo's made-up connections,
 * keep the product's lists. A provider that fails leaves the current values only, with a notice
 * saying why. Cached for the one request (a render may ask twice), never across requests.
 */
export const getAgentChoices = cache(async (actor: Actor, agentId: string): Promise<AgentChoicesDto> => {
  const client = requireClient(actor, "agents.update");
  if (!isUuid(agentId)) throw notFound("Agent not found");
  const [found] = await withTenant(client.agencyId, (tx) =>
    tx
      .select({ agent: aiAgents, connection: providerConnections })
      .from(aiAgents)
      .leftJoin(
        providerConnections,
        and(
          eq(providerConnections.agencyId, aiAgents.agencyId),
          eq(providerConnections.id, aiAgents.providerConnectionId),
        ),
      )
      .where(and(visibleAgentsWhere(client), eq(aiAgents.id, agentId))),
  );
  if (!found) throw notFound("Agent not found");
  const { agent, connection } = found;
  const current = (voices: Choice[], languages: Choice[], notice: string | null = null) => ({
    voices: withCurrent(voices, agent.voice),
    languages: withCurrent(languages, agent.language),
    notice,
  });
  if (!agent.providerConnectionId || !agent.externalId || connection?.demo)
    return current(listed(VOICES), listed(LANGUAGES));
  if (!connection)
    return current(
      [],
      [],
      "This agent's provider connection was removed: only the current voice and language are offered.",
    );
  const { provider, creds } = providerAccess(connection);
  try {
    const choices = await provider.agentChoices(creds, agent.externalId);
    return current(choices.voices, choices.languages);
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    return current(
      [],
      [],
      `The voices and languages could not be loaded from ${provider.label}: ${e.message} Only the current ones are offered.`,
    );
  }
});
