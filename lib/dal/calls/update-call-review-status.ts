import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { calls } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { REVIEW_STATUSES } from "./call-filters";
import { uuidOrNotFound } from "@/lib/uuid";
import { visibleCallsWhere } from "./visible-calls-where";

// The usual path is new → reviewed → follow_up → done, but a team reopens and skips steps, so
// any of the four may follow any other.
export const UpdateCallReviewStatusInput = z.object({ reviewStatus: z.enum(REVIEW_STATUSES) }).strict();

export async function updateCallReviewStatus(actor: Actor, id: string, raw: unknown) {
  const viewer = requireClient(actor, "calls.review", { write: true });
  const callId = uuidOrNotFound(id, "Call not found");
  const input = parseInput(UpdateCallReviewStatusInput, raw);
  return withTenant(viewer.agencyId, async (tx) => {
    const [row] = await tx
      .select({ reviewStatus: calls.reviewStatus })
      .from(calls)
      .where(and(visibleCallsWhere(viewer), eq(calls.id, callId)))
      .for("update");
    if (!row) throw notFound("Call not found");
    // Saving the status a call already has changes nothing, so it records nothing.
    if (row.reviewStatus === input.reviewStatus) return { id: callId, reviewStatus: row.reviewStatus };
    await tx
      .update(calls)
      .set({ reviewStatus: input.reviewStatus })
      .where(and(visibleCallsWhere(viewer), eq(calls.id, callId)));
    await emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
      action: "call_review_change",
      target: { type: "call", id: callId },
      clientId: viewer.clientId,
      details: { before: row.reviewStatus, after: input.reviewStatus },
    });
    return { id: callId, reviewStatus: input.reviewStatus };
  });
}
