import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { aiAgents, calls } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { callListColumns } from "./call-columns";
import { toCallDetail } from "./call-dto";
import { uuidOrNotFound } from "@/lib/uuid";
import { visibleCallsWhere } from "./visible-calls-where";

/**
 * One visible call. Transcript, summary and sentiment come back only with
 * `calls.transcript.read`, and reading them is an access event: `transcript_view` is written in
 * the same transaction that reads them, so no one reads a transcript without leaving a trace.
 */
export async function getCall(actor: Actor, id: string) {
  const viewer = requireClient(actor, "calls.read");
  const callId = uuidOrNotFound(id, "Call not found");
  const caps = viewer.resolved.capabilities;
  const withDetails = caps.has("calls.transcript.read");
  return withTenant(viewer.agencyId, async (tx) => {
    const [row] = await tx
      .select({
        ...callListColumns,
        sentiment: calls.sentiment,
        summary: calls.summary,
        transcript: calls.transcript,
        hasRecording: calls.recordingPath,
      })
      .from(calls)
      .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
      .where(and(visibleCallsWhere(viewer), eq(calls.id, callId)));
    if (!row) throw notFound("Call not found");
    if (withDetails) {
      await emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
        action: "transcript_view",
        target: { type: "call", id: callId },
        clientId: viewer.clientId,
      });
    }
    return toCallDetail(row, {
      details: withDetails
        ? { sentiment: row.sentiment, summary: row.summary, transcript: row.transcript ?? [] }
        : undefined,
      hasRecording: Boolean(row.hasRecording),
      canPlay: caps.has("calls.recording.play"),
      canDownload: caps.has("calls.recording.download"),
    });
  });
}
