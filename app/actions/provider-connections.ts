"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { assignProviderAgent } from "@/lib/dal/provider-agents/assign-provider-agent";
import { syncProviderAgents } from "@/lib/dal/provider-agents/sync-provider-agents";
import { createProviderConnection } from "@/lib/dal/provider-connections/create-provider-connection";
import { deleteProviderConnection } from "@/lib/dal/provider-connections/delete-provider-connection";
import { updateProviderConnection } from "@/lib/dal/provider-connections/update-provider-connection";

export async function connectProviderAction(input: unknown) {
  return runAction(async () => createProviderConnection(await requireActor(), input));
}

export async function rotateProviderKeyAction(id: string, apiKey: string) {
  return runAction(async () => updateProviderConnection(await requireActor(), id, { apiKey }));
}

export async function disconnectProviderAction(id: string) {
  return runAction(async () => deleteProviderConnection(await requireActor(), id));
}

export async function syncProviderAgentsAction(id: string) {
  return runAction(async () => syncProviderAgents(await requireActor(), id));
}

/** Assigns one or several imported agents to a client (null: unassigns), each checked as the API does. */
export async function assignProviderAgentsAction(ids: string[], clientId: string | null) {
  return runAction(async () => {
    const actor = await requireActor();
    const results = [];
    for (const id of ids.slice(0, 200)) results.push(await assignProviderAgent(actor, id, { clientId }));
    return results;
  });
}
