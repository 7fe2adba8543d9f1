import type { Sql } from "postgres";
import { CALL_PAGE_SIZE } from "@/lib/portal/call-list-params";
import type { ExplainContext } from "./context";
import { and, keyset, Params, query, type ExplainQuery } from "./sql-builder";

// The SQL lib/dal/calls issues (list-calls, stream-calls-csv, get-call, get-call-stats,
// get-analytics), written out as drizzle sends it: tenant and client first, then the filter.
const LIST_COLUMNS = `"calls"."id", "calls"."started_at", "calls"."duration_seconds", "calls"."direction", "calls"."status",
  "calls"."review_status", "calls"."caller_number", "calls"."outcome", "calls"."agent_id", "ai_agents"."name",
  (extract(epoch from "calls"."started_at") * 1000000)::bigint::text`;
const FROM = `from "calls" inner join "ai_agents" on "ai_agents"."id" = "calls"."agent_id"`;
const ORDER = `order by "calls"."started_at" desc, "calls"."id" desc`;
const PAGE = CALL_PAGE_SIZE;

// `unordered`: a substring search no b-tree can serve; it reads the client's calls whatever the plan.
type Filter = { name: string; where: (q: Params, ctx: ExplainContext) => string | null; unordered?: boolean };

export const CALL_FILTERS: Filter[] = [
  { name: "no filter", where: () => null },
  { name: "agent", where: (q, c) => `"calls"."agent_id" = ${q.p(c.agentId)}` },
  { name: "status = missed", where: (q) => `"calls"."status" = ${q.p("missed")}` },
  { name: "sentiment = negative", where: (q) => `"calls"."sentiment" = ${q.p("negative")}` },
  { name: "direction = outbound", where: (q) => `"calls"."direction" = ${q.p("outbound")}` },
  { name: "outcome = booked", where: (q) => `"calls"."outcome" = ${q.p("booked")}` },
  { name: "review status = follow_up", where: (q) => `"calls"."review_status" = ${q.p("follow_up")}` },
  {
    name: "date range (30 days)",
    where: (q, c) => `"calls"."started_at" >= ${q.p(c.from30)} and "calls"."started_at" < ${q.p(c.to30)}`,
  },
  { name: "duration ≥ 2 min", where: (q) => `"calls"."duration_seconds" >= ${q.p(120)}` },
  {
    name: "search (caller or summary)",
    unordered: true,
    where: (q) => `("calls"."caller_number" ilike ${q.p("%4155%")} or "calls"."summary" ilike ${q.p("%4155%")})`,
  },
  {
    name: "assigned agents only (scoped role)",
    where: (q, c) => `"calls"."agent_id" in (${[c.agentId, ...c.otherAgentIds].map((id) => q.p(id)).join(", ")})`,
  },
];

const visible = (q: Params, c: ExplainContext) =>
  `"calls"."agency_id" = ${q.p(c.agencyId)} and "calls"."client_id" = ${q.p(c.clientId)}`;

/** The first page and the page `depth` rows down (cursor taken from the data) for every filter. */
export async function callListQueries(sql: Sql, ctx: ExplainContext, depth: number): Promise<ExplainQuery[]> {
  const out: ExplainQuery[] = [];
  for (const f of CALL_FILTERS) {
    const page = f.unordered ? (x: ExplainQuery) => x : keyset;
    out.push(
      page(
        query(
          "calls list",
          `first page · ${f.name}`,
          (q) =>
            `select ${LIST_COLUMNS} ${FROM} where (${and(visible(q, ctx), f.where(q, ctx))}) ${ORDER} limit ${PAGE + 1}`,
        ),
      ),
    );
    const at = new Params();
    const [cursor] = await sql.unsafe<{ micros: string; id: string }[]>(
      `select (extract(epoch from "calls"."started_at") * 1000000)::bigint::text as micros, "calls"."id" from "calls"
       where (${and(visible(at, ctx), f.where(at, ctx))}) ${ORDER} offset ${depth} limit 1`,
      at.values as never[],
    );
    const name = `page ${depth / PAGE} (${depth.toLocaleString("en-US")} rows down) · ${f.name}`;
    if (!cursor) {
      out.push({ group: "calls list", name, text: "", params: [], skipped: `fewer than ${depth} matching calls` });
      continue;
    }
    out.push(
      page(
        query(
          "calls list",
          name,
          (q) =>
            `select ${LIST_COLUMNS} ${FROM} where (${and(
              visible(q, ctx),
              f.where(q, ctx),
              `("calls"."started_at", "calls"."id") < ((timestamptz 'epoch' + ${q.p(cursor.micros)}::bigint * interval '1 microsecond'), ${q.p(cursor.id)}::uuid)`,
            )}) ${ORDER} limit ${PAGE + 1}`,
        ),
      ),
    );
  }
  return out;
}

export function callCountAndDetailQueries(ctx: ExplainContext, callId: string): ExplainQuery[] {
  return [
    query(
      "calls count",
      "count · no filter (export header, audit rowCount)",
      (q) => `select count(*) from "calls" where (${visible(q, ctx)})`,
    ),
    query(
      "calls count",
      "count · status = missed",
      (q) => `select count(*) from "calls" where (${and(visible(q, ctx), `"calls"."status" = ${q.p("missed")}`)})`,
    ),
    query(
      "calls count",
      "count · date range (30 days)",
      (q) =>
        `select count(*) from "calls" where (${and(visible(q, ctx), `"calls"."started_at" >= ${q.p(ctx.from30)} and "calls"."started_at" < ${q.p(ctx.to30)}`)})`,
    ),
    query(
      "call detail",
      "one call by id",
      (
        q,
      ) => `select ${LIST_COLUMNS}, "calls"."sentiment", "calls"."summary", "calls"."transcript", "calls"."recording_path" ${FROM}
      where (${and(visible(q, ctx), `"calls"."id" = ${q.p(callId)}`)})`,
    ),
  ];
}

const answered = `"calls"."status" = 'completed'`;
const count = (cond: string) => `(count(*) filter (where ${cond}))::int`;

export function callAggregateQueries(ctx: ExplainContext): ExplainQuery[] {
  const range = (q: Params, from: Date) =>
    and(visible(q, ctx), `"calls"."started_at" >= ${q.p(from)}`, `"calls"."started_at" < ${q.p(ctx.to)}`);
  return [
    query("calls aggregate", "overview: this week vs last week (14 days)", (q) => {
      const from = `${q.p(new Date(ctx.weekStart.getTime() + 7 * 86_400_000))}::timestamptz`;
      return `select ${count(`"calls"."started_at" >= ${from}`)}, ${count(`"calls"."started_at" >= ${from} and ${answered}`)},
        coalesce(round(avg("calls"."duration_seconds") filter (where "calls"."started_at" >= ${from} and ${answered})), 0)::int,
        ${count(`"calls"."started_at" < ${from}`)}, ${count(`"calls"."started_at" < ${from} and ${answered}`)}
        from "calls" where (${range(q, ctx.weekStart)})`;
    }),
    // lib/dal/calls/get-analytics.ts: the hourly rollup (call_hourly_stats) summed per day, per weekday × hour and overall.
    query("calls aggregate", "analytics 90 days: hourly rollup, grouping sets", (q) => {
      const utc = `("hour" at time zone 'UTC')`;
      const [day, dow, hod] = [
        `to_char(${utc}, 'YYYY-MM-DD')`,
        `extract(isodow from ${utc})::int`,
        `extract(hour from ${utc})::int`,
      ];
      return `select ${day}, ${dow}, ${hod},
      ${["calls", "answered", "answered_seconds", "total_seconds", "positive", "neutral", "negative", "outcome_booked", "outcome_message_taken", "outcome_transferred", "outcome_spam", "outcome_hung_up"].map((c) => `coalesce(sum("${c}"), 0)::float8`).join(", ")}
      from "call_hourly_stats" where "agency_id" = ${q.p(ctx.agencyId)} and "client_id" = ${q.p(ctx.clientId)}
        and "hour" >= ${q.p(ctx.from90)} and "hour" < ${q.p(ctx.to)} group by grouping sets ((${day}), (${dow}, ${hod}), ())`;
    }),
  ];
}
