"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { revertAgent } from "@/lib/dal/agents/revert-agent";
import { updateAgent } from "@/lib/dal/agents/update-agent";

// Public endpoints like any server action: the verbs check the actor, capability and scope.

export async function saveAgentAction(agentId: string, input: unknown) {
  return runAction(async () => {
    const agent = await updateAgent(await requireActor(), agentId, input);
    return { version: agent.version };
  });
}

export async function revertAgentAction(agentId: string, input: unknown) {
  return runAction(async () => {
    const agent = await revertAgent(await requireActor(), agentId, input);
    return { version: agent.version };
  });
}
