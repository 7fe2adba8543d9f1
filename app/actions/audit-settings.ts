"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { createAuditDestination } from "@/lib/dal/audit/create-audit-destination";
import { deleteAuditDestination } from "@/lib/dal/audit/delete-audit-destination";
import { setAuditDestinationEnabled } from "@/lib/dal/audit/set-audit-destination-enabled";
import { testAuditDestination } from "@/lib/dal/audit/test-audit-destination";
import { updateAuditRetention } from "@/lib/dal/audit/update-audit-retention";

// Public endpoints: each one loads the actor and lets the verb check everything again.
const PATH = "/agency/settings/audit";

export async function updateRetentionAction(retentionDays: number) {
  return runAction(async () => {
    const result = await updateAuditRetention(await requireActor(), { retentionDays });
    revalidatePath(PATH);
    return result;
  }, "Retention saved.");
}

export async function createDestinationAction(input: { kind: string; name: string; url: string; secret: string }) {
  return runAction(async () => {
    const result = await createAuditDestination(await requireActor(), input);
    revalidatePath(PATH);
    return result;
  }, "Destination added. New events will stream to it.");
}

export async function deleteDestinationAction(destinationId: string) {
  return runAction(async () => {
    await deleteAuditDestination(await requireActor(), destinationId);
    revalidatePath(PATH);
  }, "Destination removed.");
}

export async function setDestinationEnabledAction(destinationId: string, enabled: boolean) {
  return runAction(
    async () => {
      const result = await setAuditDestinationEnabled(await requireActor(), destinationId, { enabled });
      revalidatePath(PATH);
      return result;
    },
    enabled ? "Streaming resumed." : "Streaming paused.",
  );
}

export async function testDestinationAction(destinationId: string) {
  return runAction(async () => {
    const result = await testAuditDestination(await requireActor(), destinationId);
    revalidatePath(PATH);
    return result;
  });
}
