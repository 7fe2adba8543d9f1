import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { aiAgents, calls, clients } from "@/db/schema";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { callListColumns } from "@/lib/dal/calls/call-columns";
import { toCallListItem } from "@/lib/dal/calls/call-dto";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

/**
 * Raises `call.completed` (or `call.missed`) for a new call on the client's webhooks, in the
 * caller's transaction. The payload is what the client's own portal would show (SPEC §13):
 * the list fields with `view_calls`, summary, sentiment and transcript only with
 * `view_call_details`, and never a recording link (a receiver cannot pass our authorization).
 * A client whose portal shows no calls gets no call events. The event id is the call's, so a
 * call raised twice (a retried worker round) is one delivery per webhook.
 */
export async function enqueueCallEvent(tx: Queryable, target: { agencyId: string; clientId: string; callId: string }) {
  const [row] = await tx
    .select({
      ...callListColumns,
      sentiment: calls.sentiment,
      summary: calls.summary,
      transcript: calls.transcript,
      permissions: clients.permissions,
    })
    .from(calls)
    .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .where(and(eq(calls.agencyId, target.agencyId), eq(calls.clientId, target.clientId), eq(calls.id, target.callId)));
  if (!row) return 0;
  const toggles = valuesOf(row.permissions);
  if (!toggles.view_calls) return 0;
  const data: Record<string, unknown> = { ...toCallListItem(row) };
  if (toggles.view_call_details) {
    data.sentiment = row.sentiment;
    data.summary = row.summary;
    data.transcript = (row.transcript ?? []).map((t) => ({
      speaker: t.speaker,
      text: t.text,
      startSeconds: t.startSeconds,
    }));
  }
  const type = row.status === "missed" ? "call.missed" : "call.completed";
  return enqueueWebhookEvent(tx, target, {
    id: `evt_${type.replace(".", "_")}_${row.id}`,
    type,
    createdAt: new Date().toISOString(),
    data,
  });
}
