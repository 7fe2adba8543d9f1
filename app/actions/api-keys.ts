"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { createApiKey } from "@/lib/dal/api-keys/create-api-key";
import { createdKeyAnswer } from "@/lib/dal/api-keys/key-dto";
import { revokeApiKey } from "@/lib/dal/api-keys/revoke-api-key";
import { updateApiKey } from "@/lib/dal/api-keys/update-api-key";

// The console (agency keys) and the portal (a client's keys) share these: the actor decides whose.
export async function createApiKeyAction(input: unknown) {
  return runAction(async () => createdKeyAnswer(await createApiKey(await requireActor(), input)));
}

export async function revokeApiKeyAction(id: string) {
  return runAction(async () => revokeApiKey(await requireActor(), id));
}

export async function setApiKeyRateLimitAction(id: string, rateLimitPerMinute: number) {
  return runAction(async () => updateApiKey(await requireActor(), id, { rateLimitPerMinute }));
}
