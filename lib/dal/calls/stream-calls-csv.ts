import "server-only";
import { and, count, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { withTenant } from "@/db/tenant";
import { rowsOf } from "@/db/rows";
import { aiAgents, calls } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor, type ClientActor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { parseInput } from "@/lib/validation";
import { cursorWhere, startedAtMicros, type CallCursor } from "./call-cursor";
import { activeFilters, CallFiltersInput, callFiltersWhere, type CallFilters } from "./call-filters";
import { dayKeyIn } from "@/lib/time-zones/zoned-day";
import { isoInZone } from "@/lib/dal/internal/zone-sql";
import { csvCell } from "./csv-cell";
import { assertFiltersAllowed } from "./list-calls";
import { visibleCallsWhere } from "./visible-calls-where";

export const EXPORT_BATCH_SIZE = 1000;

const BASE_HEADER = [
  "id",
  "started_at",
  "agent",
  "direction",
  "status",
  "review_status",
  "outcome",
  "duration_seconds",
  "caller_number",
];
const DETAIL_HEADER = ["sentiment", "summary"];

/**
 * The visible calls matching the filters as CSV, newest first. Authorisation and the
 * `call_export` event happen before the first byte (a refused export never starts, and an export
 * cut short is still on record); the rows then come in keyset batches, so memory stays flat
 * however many calls there are. Summary and sentiment are columns only for viewers who may read them.
 */
export async function streamCallsCsv(actor: Actor, raw: unknown) {
  const viewer = requireClient(actor, "calls.export");
  const filters = parseInput(CallFiltersInput, raw);
  assertFiltersAllowed(viewer.resolved.capabilities, filters);
  const withDetails = viewer.resolved.capabilities.has("calls.transcript.read");
  const where = and(
    visibleCallsWhere(viewer),
    callFiltersWhere(filters, { searchSummary: withDetails, timeZone: viewer.timeZone }),
  );
  const rowCount = await withTenant(viewer.agencyId, async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(calls).where(where);
    await emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
      action: "call_export",
      target: { type: "client", id: viewer.clientId },
      clientId: viewer.clientId,
      details: { filters: activeFilters(filters), rowCount: n, format: "csv" },
    });
    return n;
  });
  return { rowCount, fileName: exportFileName(viewer), chunks: csvChunks(viewer, filters, withDetails) };
}

/** One export row as the driver hands it back: already text where the CSV wants text. */
type ExportRow = {
  id: string;
  started_at: string;
  micros: string;
  agent: string;
  direction: string;
  status: string;
  review_status: string;
  outcome: string | null;
  duration_seconds: number;
  caller_number: string;
  sentiment: string | null;
  summary: string | null;
};

async function* csvChunks(viewer: ClientActor, filters: CallFilters, withDetails: boolean): AsyncGenerator<string> {
  yield stringify([withDetails ? [...BASE_HEADER, ...DETAIL_HEADER] : BASE_HEADER]);
  let cursor: CallCursor | undefined;
  for (;;) {
    // Raw rows rather than the query builder's mapped objects: mapping each column of each row
    // was the largest cost of a million-row export (npm run bench). PostgreSQL writes the
    // timestamp as ISO 8601 itself, on the client's clock with its offset (…Z for UTC).
    // A transaction per batch, not one held open while the client reads slowly.
    const rows = rowsOf<ExportRow>(
      await withTenant(viewer.agencyId, (db) =>
        db.execute(sql`
      select ${calls.id} as id,
        ${isoInZone(calls.startedAt, viewer.timeZone)} as started_at,
        ${startedAtMicros} as micros,
        ${aiAgents.name} as agent, ${calls.direction} as direction, ${calls.status} as status,
        ${calls.reviewStatus} as review_status, ${calls.outcome} as outcome, ${calls.durationSeconds} as duration_seconds,
        ${calls.callerNumber} as caller_number, ${calls.sentiment} as sentiment, ${withDetails ? calls.summary : sql`null`} as summary
      from ${calls} inner join ${aiAgents} on ${aiAgents.id} = ${calls.agentId}
      where ${and(
        visibleCallsWhere(viewer),
        callFiltersWhere(filters, { searchSummary: withDetails, timeZone: viewer.timeZone }),
        cursor ? cursorWhere(cursor) : undefined,
      )}
      order by ${calls.startedAt} desc, ${calls.id} desc
      limit ${EXPORT_BATCH_SIZE}`),
      ),
    );
    if (rows.length === 0) return;
    yield stringify(
      rows.map((r) => {
        const base = [
          r.id,
          r.started_at,
          r.agent,
          r.direction,
          r.status,
          r.review_status,
          r.outcome,
          r.duration_seconds,
          r.caller_number,
        ];
        return (withDetails ? [...base, r.sentiment, r.summary] : base).map(csvCell);
      }),
    );
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const last = rows[rows.length - 1];
    cursor = { micros: last.micros, id: last.id, dir: "next" };
  }
}

function exportFileName(viewer: ClientActor): string {
  const slug =
    viewer.clientName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "calls";
  return `${slug}-calls-${dayKeyIn(new Date(), viewer.timeZone)}.csv`;
}
