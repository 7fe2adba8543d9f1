import "server-only";
import { and, gte, lt, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { rowsOf } from "@/db/rows";
import { callHourlyStats, calls } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { zoneLiteral } from "@/lib/dal/internal/zone-sql";
import { rate } from "./call-aggregates";
import { CALL_OUTCOMES, SENTIMENTS } from "./call-filters";
import { daysOf, resolveStatsRange } from "./stats-range";
import { offsetAt } from "@/lib/time-zones/zoned-day";
import { visibleCallStatsWhere, visibleCallsWhere } from "./visible-calls-where";

const COUNTERS = [
  "calls",
  "answered",
  "answered_seconds",
  "total_seconds",
  "positive",
  "neutral",
  "negative",
  "outcome_booked",
  "outcome_message_taken",
  "outcome_transferred",
  "outcome_spam",
  "outcome_hung_up",
] as const;

type Counters = Record<(typeof COUNTERS)[number], number>;
type SumRow = Counters & { day: string | null; dow: number | null; hour: number | null };

/**
 * The analytics dashboard (SPEC §6) over the viewer's visible calls in a range of the client's
 * local days (its time zone) —
 * totals, sentiment and outcome splits, a row per day (quiet days as zeros) and the day-of-week ×
 * hour heat map. It reads the hourly rollup the database keeps beside the calls (call_hourly_stats,
 * migration 0009), at most 24 rows a day per agent where the calls themselves were ~30,000 rows for
 * 90 days of a busy client, and ONE query sums it three ways at once (GROUPING SETS: per day, per
 * weekday × hour, overall), so ~260 rows come back instead of one per hour. Raw rows: the query
 * builder's per-column mapping of 2,000 hourly rows cost more than the query (npm run bench).
 */
export async function getAnalytics(actor: Actor, rawRange: unknown) {
  const viewer = requireClient(actor, "analytics.read");
  const range = resolveStatsRange(rawRange, viewer.timeZone);
  const source = sourceFor(viewer, range);
  // Read on the client's wall clock: each hour (or call) lands on its local day, weekday and hour
  // (PostgreSQL applies the zone's rules, DST included).
  const local = sql`(${source.time} at time zone ${zoneLiteral(viewer.timeZone)})`;
  const day = sql`to_char(${local}, 'YYYY-MM-DD')`;
  const dow = sql`extract(isodow from ${local})::int`;
  const hour = sql`extract(hour from ${local})::int`;
  return withTenant(viewer.agencyId, async (db) => {
    const rows = rowsOf<SumRow>(
      await db.execute(sql`
      select ${day} as day, ${dow} as dow, ${hour} as hour,
        ${sql.join(
          COUNTERS.map((c) => sql`coalesce(sum(${source.counter(c)}), 0)::float8 as ${sql.identifier(c)}`),
          sql`, `,
        )}
      from ${source.table}
      where ${source.where}
      group by grouping sets ((${day}), (${dow}, ${hour}), ())`),
    );
    // A set's other keys come back NULL: per day, per weekday × hour, or the overall total.
    const empty = Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counters;
    const totals = rows.find((r) => r.day === null && r.dow === null) ?? empty;
    const byDay = new Map(rows.filter((r) => r.day !== null).map((r) => [r.day!, r]));
    return {
      range: { from: range.firstDay, to: range.lastDay, days: range.days, timeZone: range.timeZone },
      totals: {
        calls: totals.calls,
        answered: totals.answered,
        answerRate: rate(totals.answered, totals.calls),
        avgDurationSeconds: averageSeconds(totals),
        totalMinutes: Math.round(totals.total_seconds / 60),
        answeredMinutes: Math.round(totals.answered_seconds / 60),
        booked: totals.outcome_booked,
      },
      sentiment: Object.fromEntries(SENTIMENTS.map((k) => [k, totals[k]])) as Record<
        (typeof SENTIMENTS)[number],
        number
      >,
      outcomes: CALL_OUTCOMES.map((outcome) => ({ outcome, calls: totals[`outcome_${outcome}`] })),
      perDay: daysOf(range).map((d) => {
        const r = byDay.get(d) ?? empty;
        return {
          day: d,
          calls: r.calls,
          answered: r.answered,
          answerRate: rate(r.answered, r.calls),
          avgDurationSeconds: averageSeconds(r),
          positive: r.positive,
          neutral: r.neutral,
          negative: r.negative,
        };
      }),
      // ISO day of week: 1 = Monday … 7 = Sunday; hours on the client's clock (range.timeZone).
      busiestHours: rows
        .filter((r) => r.dow !== null && r.calls > 0)
        .map((r) => ({ dow: r.dow!, hour: r.hour!, calls: r.calls }))
        .sort((a, b) => a.dow - b.dow || a.hour - b.hour),
    };
  });
}

/** Average length of answered calls, whole seconds (as SQL's round(avg(...)) would give). */
const averageSeconds = (r: Counters) => (r.answered === 0 ? 0 : Math.round(r.answered_seconds / r.answered));

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;

// Each counter as one call contributes to it: the arithmetic of call_hourly_stats (migration 0009).
const PER_CALL: Record<(typeof COUNTERS)[number], ReturnType<typeof sql>> = {
  calls: sql`1`,
  answered: sql`(${calls.status} = 'completed')::int`,
  answered_seconds: sql`case when ${calls.status} = 'completed' then ${calls.durationSeconds} else 0 end`,
  total_seconds: sql`${calls.durationSeconds}`,
  positive: sql`(${calls.sentiment} is not distinct from 'positive')::int`,
  neutral: sql`(${calls.sentiment} is not distinct from 'neutral')::int`,
  negative: sql`(${calls.sentiment} is not distinct from 'negative')::int`,
  outcome_booked: sql`(${calls.outcome} is not distinct from 'booked')::int`,
  outcome_message_taken: sql`(${calls.outcome} is not distinct from 'message_taken')::int`,
  outcome_transferred: sql`(${calls.outcome} is not distinct from 'transferred')::int`,
  outcome_spam: sql`(${calls.outcome} is not distinct from 'spam')::int`,
  outcome_hung_up: sql`(${calls.outcome} is not distinct from 'hung_up')::int`,
};

/**
 * Where the sums come from. The hourly rollup (UTC hours) is exact when the zone's offset is a
 * whole number of hours over the range; in a half-hour zone (India, +5:30) an hour straddles two
 * local hours and sometimes two days, so the calls themselves are read (the range's index serves it).
 */
function sourceFor(viewer: Parameters<typeof visibleCallsWhere>[0], range: { from: Date; to: Date }) {
  const whole = [range.from, range.to].every((t) => offsetAt(t, viewer.timeZone) % 3_600_000 === 0);
  if (whole) {
    const s = callHourlyStats;
    return {
      table: s,
      time: s.hour,
      counter: (c: (typeof COUNTERS)[number]) => sql.identifier(c),
      where: and(visibleCallStatsWhere(viewer), gte(s.hour, range.from), lt(s.hour, range.to))!,
    };
  }
  return {
    table: calls,
    time: calls.startedAt,
    counter: (c: (typeof COUNTERS)[number]) => PER_CALL[c],
    where: and(visibleCallsWhere(viewer), gte(calls.startedAt, range.from), lt(calls.startedAt, range.to))!,
  };
}
