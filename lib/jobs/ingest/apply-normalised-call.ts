import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { calls, clients } from "@/db/schema";
import { enqueueCallEvent } from "@/lib/jobs/webhooks/enqueue-call-event";
import { queueRecordingFetches } from "./queue-recording-fetches";
import type { Provider } from "@/lib/ingest/event-identity";
import { findProviderAgent } from "./find-provider-agent";
import { mergeCall, type NormalisedCall, type StoredCallFields } from "@/lib/ingest/normalised-call";

/** A call the worker cannot place yet (its agent is not synced or not assigned): retried later. */
export class UnplacedCall extends Error {}

export type Connection = { id: string; agencyId: string; provider: Provider };

/**
 * Upserts one normalised call in the caller's tenant transaction: finds the agent by the
 * provider's id (which says the client), merges with what is stored under the same provider
 * call id (duplicates and out-of-order events give one call), bills it at the client's per-minute
 * rate (per started minute, as invoices are), raises `call.completed`/`call.missed` the first
 * time the call exists, and queues its recording for copying while we do not have it.
 */
export async function applyNormalisedCall(
  tx: Queryable,
  connection: Connection,
  next: NormalisedCall,
): Promise<{ callId: string; created: boolean }> {
  const agent = next.agentExternalId ? await findProviderAgent(tx, connection, next.agentExternalId) : null;
  if (!agent)
    throw new UnplacedCall(
      next.agentExternalId
        ? `No agent synced from this connection has the provider id ${next.agentExternalId}, or it is not assigned to a client: sync the connection and assign the agent.`
        : "The event names no agent.",
    );
  const where = and(
    eq(calls.agencyId, connection.agencyId),
    eq(calls.source, connection.provider),
    eq(calls.externalId, next.providerCallId),
  );
  const [existing] = await tx.select().from(calls).where(where).for("update");
  const merged = mergeCall(existing ? storedOf(existing) : null, next);
  const [client] = await tx
    .select({ rate: clients.ratePerMinuteCents })
    .from(clients)
    .where(and(eq(clients.agencyId, connection.agencyId), eq(clients.id, agent.clientId)));
  const fields = {
    direction: merged.direction,
    callerNumber: merged.callerNumber.slice(0, 64),
    startedAt: merged.startedAt,
    durationSeconds: merged.durationSeconds,
    status: merged.status,
    outcome: merged.outcome,
    summary: merged.summary,
    sentiment: merged.sentiment,
    transcript: merged.transcript,
    providerCostCents: merged.providerCostCents,
    ingestRank: merged.rank,
    costCents: Math.ceil(merged.durationSeconds / 60) * (client?.rate ?? 0),
  };
  let callId: string;
  let created = false;
  if (existing) {
    callId = existing.id;
    await tx.update(calls).set(fields).where(eq(calls.id, existing.id));
  } else {
    const [inserted] = await tx
      .insert(calls)
      .values({
        ...fields,
        agencyId: connection.agencyId,
        clientId: agent.clientId,
        agentId: agent.id,
        source: connection.provider,
        externalId: next.providerCallId,
        providerConnectionId: connection.id,
      })
      .onConflictDoNothing()
      .returning({ id: calls.id });
    // Another worker inserted the same call a moment ago: this event is merged on its retry.
    if (!inserted) throw new UnplacedCall("The same call was being stored by another worker; retried.");
    callId = inserted.id;
    created = true;
    await enqueueCallEvent(tx, { agencyId: connection.agencyId, clientId: agent.clientId, callId });
  }
  if (next.recordingUrl && !existing?.recordingPath)
    await queueRecordingFetches(tx, [
      { callId, agencyId: connection.agencyId, connectionId: connection.id, sourceUrl: next.recordingUrl },
    ]);
  return { callId, created };
}

function storedOf(row: typeof calls.$inferSelect): StoredCallFields {
  return {
    rank: row.ingestRank,
    direction: row.direction,
    callerNumber: row.callerNumber,
    startedAt: row.startedAt,
    durationSeconds: row.durationSeconds,
    status: row.status,
    outcome: row.outcome,
    summary: row.summary,
    sentiment: row.sentiment,
    transcript: row.transcript,
    providerCostCents: row.providerCostCents,
  };
}
