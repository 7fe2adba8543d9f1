"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { deleteCall } from "@/lib/dal/calls/delete-call";
import { updateCallReviewStatus } from "@/lib/dal/calls/update-call-review-status";

// Server actions are public endpoints: each one loads the actor and lets the verb check it again.
// They return a result and never redirect(): a redirect from here would skip the portal host's
// rewrite in proxy.ts, so the client navigates itself.

export async function setCallReviewStatusAction(callId: string, reviewStatus: string) {
  return runAction(
    async () => updateCallReviewStatus(await requireActor(), callId, { reviewStatus }),
    "Review status saved.",
  );
}

export async function deleteCallAction(callId: string) {
  return runAction(async () => deleteCall(await requireActor(), callId), "Call deleted.");
}
