"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { createSsoConnection } from "@/lib/dal/sso/create-sso-connection";
import { deleteSsoConnection } from "@/lib/dal/sso/delete-sso-connection";
import { updateSsoConnection } from "@/lib/dal/sso/update-sso-connection";

// Thin transports over the same verbs as /api/v1/sso-connections: each verb re-checks who may
// configure the tenant and parses the body with its zod schema, so the browser's shape is untrusted.

export async function createSsoConnectionAction(input: unknown) {
  return runAction(async () => createSsoConnection(await requireActor(), input), "Connection created.");
}

export async function updateSsoConnectionAction(id: string, input: unknown) {
  return runAction(async () => updateSsoConnection(await requireActor(), id, input), "Connection saved.");
}

export async function deleteSsoConnectionAction(id: string) {
  return runAction(async () => deleteSsoConnection(await requireActor(), id), "Connection deleted.");
}
