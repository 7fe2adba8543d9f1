"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { connectIntegration } from "@/lib/dal/integrations/connect-integration";
import { disconnectIntegration } from "@/lib/dal/integrations/disconnect-integration";
import { redeliverWebhook } from "@/lib/dal/integrations/redeliver-webhook";
import { sendWebhookTestEvent } from "@/lib/dal/integrations/send-webhook-test-event";
import { updateIntegration } from "@/lib/dal/integrations/update-integration";

// Public endpoints like any server action: each verb checks the actor and the capability.

export async function connectIntegrationAction(input: unknown) {
  return runAction(async () => {
    const created = await connectIntegration(await requireActor(), input);
    return { id: created.id, name: created.name, signingSecret: created.signingSecret };
  });
}

export async function updateIntegrationAction(id: string, input: unknown) {
  return runAction(async () => {
    const updated = await updateIntegration(await requireActor(), id, input);
    return { id: updated.id, name: updated.name, signingSecret: updated.signingSecret };
  });
}

export async function disconnectIntegrationAction(id: string) {
  return runAction(async () => disconnectIntegration(await requireActor(), id));
}

export async function sendWebhookTestAction(id: string) {
  return runAction(async () => sendWebhookTestEvent(await requireActor(), id));
}

export async function redeliverWebhookAction(deliveryId: string) {
  return runAction(async () => redeliverWebhook(await requireActor(), deliveryId));
}
