import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/uuid";
import { visibleCallsWhere } from "./visible-calls-where";

/**
 * Removes a call record (transcript and summary with it). The audio file is not removed: demo
 * recordings are a shared pool, and a stored file may back other calls.
 */
export async function deleteCall(actor: Actor, id: string) {
  const viewer = requireClient(actor, "calls.delete", { write: true });
  const callId = uuidOrNotFound(id, "Call not found");
  return withTenant(viewer.agencyId, async (tx) => {
    const [row] = await tx
      .delete(calls)
      .where(and(visibleCallsWhere(viewer), eq(calls.id, callId)))
      .returning({
        startedAt: calls.startedAt,
        agentId: calls.agentId,
        durationSeconds: calls.durationSeconds,
        status: calls.status,
      });
    if (!row) throw notFound("Call not found");
    await emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
      action: "call_delete",
      target: { type: "call", id: callId },
      clientId: viewer.clientId,
      // What was removed, without the caller's number or words: the log outlives the record.
      details: {
        startedAt: row.startedAt.toISOString(),
        agentId: row.agentId,
        durationSeconds: row.durationSeconds,
        status: row.status,
      },
    });
    return { id: callId, deleted: true as const };
  });
}
