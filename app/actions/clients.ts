"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { archiveClient } from "@/lib/dal/clients/archive-client";
import { createClient } from "@/lib/dal/clients/create-client";
import { updateClient } from "@/lib/dal/clients/update-client";
import { updateClientPermissions } from "@/lib/dal/clients/update-client-permissions";

// Server actions are public endpoints: each one goes through the same verb, with the same
// checks, as the API. Inputs are typed objects, parsed again by the verb.

export async function createClientAction(input: { name: string; preset?: string }) {
  return runAction(async () => {
    const created = await createClient(await requireActor(), input);
    revalidatePath("/agency", "layout");
    return { id: created.id, name: created.name };
  });
}

export async function archiveClientAction(clientId: string) {
  return runAction(async () => {
    const archived = await archiveClient(await requireActor(), clientId);
    revalidatePath("/agency", "layout");
    return { name: archived.name };
  });
}

export async function updateClientAction(clientId: string, input: Record<string, unknown>) {
  return runAction(async () => {
    const updated = await updateClient(await requireActor(), clientId, input);
    revalidatePath("/agency", "layout");
    return updated;
  });
}

export async function updateClientPermissionsAction(clientId: string, input: Record<string, unknown>) {
  return runAction(async () => {
    const updated = await updateClientPermissions(await requireActor(), clientId, input);
    revalidatePath(`/agency/clients/${clientId}`, "layout");
    revalidatePath("/agency/clients");
    return updated;
  });
}
