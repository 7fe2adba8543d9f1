"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { startClientPreview } from "@/lib/dal/preview/start-client-preview";

export async function startPreviewAction(clientId: string, role: string) {
  return runAction(async () => startClientPreview(await requireActor(), clientId, { role }));
}
