"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { applyDefaultsToClients } from "@/lib/dal/client-defaults/apply-defaults-to-clients";
import { previewDefaultsPropagation } from "@/lib/dal/client-defaults/preview-defaults-propagation";
import { updateClientDefaults } from "@/lib/dal/client-defaults/update-client-defaults";

export async function updateClientDefaultsAction(input: { permissions: Record<string, boolean>; version: number }) {
  return runAction(async () => {
    const result = await updateClientDefaults(await requireActor(), input);
    revalidatePath("/agency/settings/client-defaults");
    return result;
  });
}

export async function previewPropagationAction(input: { includeOverridden: boolean }) {
  return runAction(async () => previewDefaultsPropagation(await requireActor(), input));
}

export async function applyDefaultsAction(input: {
  clientIds: string[];
  includeOverridden: boolean;
  defaultsVersion: number;
}) {
  return runAction(async () => {
    const result = await applyDefaultsToClients(await requireActor(), input);
    revalidatePath("/agency", "layout");
    return result;
  });
}
