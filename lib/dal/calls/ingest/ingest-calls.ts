import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { aiAgents, calls, clients, integrations } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { scopeIncludes } from "@/lib/authz/resolve";
import { invalid } from "@/lib/errors";
import { queueRecordingFetches } from "@/lib/jobs/ingest/queue-recording-fetches";
import { enqueueCallEvent } from "@/lib/jobs/webhooks/enqueue-call-event";
import type { IngestCall } from "./ingest-input";

export type IngestedCall = { externalId: string; id: string; created: boolean };

/**
 * Stores calls pushed through the generic ingestion API (SPEC §13), all or none: every agent must
 * be one of the agency's, assigned to a client this actor (a key of an owner or admin holding
 * `calls.ingest`, narrowed to its clients) may edit. One INSERT … ON CONFLICT for the whole batch
 * makes `externalId` idempotent (the same call again updates it, answered `created: false`);
 * new calls raise `call.completed`/`call.missed` where the client has webhooks, and recordings
 * are queued for copying. `path` names the field in messages: "calls.3." for a batch.
 */
export async function ingestCalls(actor: Actor, items: IngestCall[], path: (i: number) => string) {
  const staff = requireStaff(actor, "calls.ingest");
  return withTenant(staff.agencyId, async (tx) => {
    const agents = await agentsOf(tx, staff.agencyId, [...new Set(items.map((c) => c.agentId))]);
    items.forEach((call, i) => {
      const agent = agents.get(call.agentId);
      if (!agent || !scopeIncludes(staff.resolved.editScope, agent.clientId))
        throw invalid(`${path(i)}agentId: no agent with this id for a client you may edit`);
    });
    const rows = await insertCalls(tx, staff.agencyId, items, agents);
    const byExternalId = new Map(rows.map((r) => [r.external_id, r]));
    const results: IngestedCall[] = items.map((call) => {
      const row = byExternalId.get(call.externalId)!;
      return { externalId: call.externalId, id: row.id, created: row.inserted };
    });
    await raiseNewCallEvents(tx, staff.agencyId, items, results, agents);
    await queueRecordings(tx, staff.agencyId, items, results);
    // One event per client and request, not per call: a batch of 1,000 is one line in each log.
    const perClient = new Map<string, { created: number; updated: number }>();
    results.forEach((r, i) => {
      const counts = perClient.get(agents.get(items[i].agentId)!.clientId) ?? { created: 0, updated: 0 };
      counts[r.created ? "created" : "updated"]++;
      perClient.set(agents.get(items[i].agentId)!.clientId, counts);
    });
    for (const [clientId, counts] of perClient)
      await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
        action: "calls_ingested",
        target: { type: "client", id: clientId },
        clientId,
        details: counts,
      });
    return results;
  });
}

// What a repeated externalId changes: everything the source says about the call, never its
// review status (the client's own work) or where its recording is stored.
const UPDATED = [
  "clientId",
  "agentId",
  "direction",
  "callerNumber",
  "startedAt",
  "durationSeconds",
  "status",
  "outcome",
  "sentiment",
  "summary",
  "transcript",
  "costCents",
] as const;

type Agent = { clientId: string; rate: number };

async function agentsOf(tx: Queryable, agencyId: string, ids: string[]): Promise<Map<string, Agent>> {
  const rows = await tx
    .select({ id: aiAgents.id, clientId: clients.id, rate: clients.ratePerMinuteCents })
    .from(aiAgents)
    .innerJoin(clients, eq(clients.id, aiAgents.clientId))
    .where(and(eq(aiAgents.agencyId, agencyId), inArray(aiAgents.id, ids), isNull(clients.archivedAt)));
  return new Map(rows.map((r) => [r.id, { clientId: r.clientId, rate: r.rate }]));
}

/**
 * One INSERT … ON CONFLICT for the whole batch, its rows sent as one JSON document that the
 * database unpacks (jsonb_to_recordset): a thousand calls are one parameter, not sixteen thousand,
 * which the batch benchmark (SPEC §13: ≥ 5,000 calls/s) felt in building, sending and parsing.
 */
async function insertCalls(tx: Queryable, agencyId: string, items: IngestCall[], agents: Map<string, Agent>) {
  const payload = JSON.stringify(
    items.map((call) => {
      const agent = agents.get(call.agentId)!;
      return {
        client_id: agent.clientId,
        agent_id: call.agentId,
        external_id: call.externalId,
        direction: call.direction,
        caller_number: call.callerNumber,
        started_at: call.startedAt,
        duration_seconds: call.durationSeconds,
        status: call.status,
        outcome: call.outcome ?? null,
        sentiment: call.sentiment ?? null,
        summary: call.summary ?? null,
        transcript: call.transcript ?? null,
        // Billed per started minute at the client's rate, as invoices are.
        cost_cents: Math.ceil(call.durationSeconds / 60) * agent.rate,
      };
    }),
  );
  const updates = sql.raw(UPDATED.map((c) => `${calls[c].name} = excluded.${calls[c].name}`).join(", "));
  const result = await tx.execute(sql`
    insert into calls (agency_id, client_id, agent_id, source, external_id, direction, caller_number, started_at,
      duration_seconds, status, outcome, sentiment, summary, transcript, cost_cents, ingest_rank)
    select ${agencyId}::uuid, x.client_id, x.agent_id, 'api', x.external_id, x.direction, x.caller_number,
      x.started_at, x.duration_seconds, x.status, x.outcome, x.sentiment, x.summary, x.transcript, x.cost_cents, 3
    from jsonb_to_recordset(${payload}::jsonb) as x(client_id uuid, agent_id uuid, external_id text, direction text,
      caller_number text, started_at timestamptz, duration_seconds int, status text, outcome text, sentiment text,
      summary text, transcript jsonb, cost_cents int)
    on conflict (agency_id, source, external_id) where external_id is not null do update set ${updates}
    -- xmax is 0 on a row this statement inserted, and the updating transaction's id otherwise.
    returning id, external_id, (xmax = 0) as inserted`);
  return rowsOf<{ id: string; external_id: string; inserted: boolean }>(result);
}

/** Call events for new calls only, and only for clients that have a webhook to receive them. */
async function raiseNewCallEvents(
  tx: Queryable,
  agencyId: string,
  items: IngestCall[],
  results: IngestedCall[],
  agents: Map<string, Agent>,
) {
  const created = results.flatMap((r, i) =>
    r.created ? [{ callId: r.id, clientId: agents.get(items[i].agentId)!.clientId }] : [],
  );
  if (created.length === 0) return;
  const listening = await tx
    .selectDistinct({ clientId: integrations.clientId })
    .from(integrations)
    .where(
      and(
        eq(integrations.agencyId, agencyId),
        inArray(integrations.clientId, [...new Set(created.map((c) => c.clientId))]),
        eq(integrations.kind, "webhook"),
        ne(integrations.status, "disconnected"),
      ),
    );
  const hooked = new Set(listening.map((l) => l.clientId));
  for (const c of created.filter((c) => hooked.has(c.clientId)))
    await enqueueCallEvent(tx, { agencyId, clientId: c.clientId, callId: c.callId });
}

async function queueRecordings(tx: Queryable, agencyId: string, items: IngestCall[], results: IngestedCall[]) {
  const wanted = items.flatMap((call, i) =>
    call.recordingUrl ? [{ callId: results[i].id, agencyId, connectionId: null, sourceUrl: call.recordingUrl }] : [],
  );
  if (wanted.length === 0) return;
  const stored = await tx
    .select({ id: calls.id })
    .from(calls)
    .where(
      and(
        eq(calls.agencyId, agencyId),
        inArray(
          calls.id,
          wanted.map((w) => w.callId),
        ),
        sql`recording_path is not null`,
      ),
    );
  const have = new Set(stored.map((s) => s.id));
  await queueRecordingFetches(
    tx,
    wanted.filter((w) => !have.has(w.callId)),
  );
}
