import { and, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { answeredCalls, answeredFilter, countWhere, rate, totalCalls } from "./call-aggregates";
import { CALL_OUTCOMES, SENTIMENTS } from "./call-filters";
import { daysOf, resolveStatsRange } from "./stats-range";
import { visibleCallsWhere } from "./visible-calls-where";

const sentimentIs = (s: string) => countWhere(sql`${calls.sentiment} = ${s}`);

/** Hours since the epoch (UTC) of the call's start: the one grouping key every figure is summed from. */
const utcHourBucket = sql<number>`(extract(epoch from date_trunc('hour', ${calls.startedAt} at time zone 'UTC')) / 3600)::int`;

const HOUR_MS = 3_600_000;

/**
 * The analytics dashboard (SPEC §6): SQL aggregates over the viewer's visible calls in a range of
 * UTC days — totals, sentiment and outcome splits, a row per day (quiet days as zeros) and the
 * day-of-week × hour heat map. ONE grouped query reads the calls once and sums them per UTC hour
 * (at most 24 rows a day); the three views are added up from those rows here. Three queries, one
 * per view, read the same ~30,000 rows three times for 90 days of a busy client (npm run bench).
 */
export async function getAnalytics(actor: Actor, rawRange: unknown) {
  const viewer = requireClient(actor, "analytics.read");
  const range = resolveStatsRange(rawRange);
  const where = and(visibleCallsWhere(viewer), gte(calls.startedAt, range.from), lt(calls.startedAt, range.to));
  const db = await getDb();
  const hours = await db.select({
    hour: utcHourBucket,
    calls: totalCalls,
    answered: answeredCalls,
    answeredSeconds: sql<number>`coalesce(sum(${calls.durationSeconds}) filter (where ${answeredFilter}), 0)::int`,
    totalSeconds: sql<number>`coalesce(sum(${calls.durationSeconds}), 0)::int`,
    positive: sentimentIs("positive"), neutral: sentimentIs("neutral"), negative: sentimentIs("negative"),
    ...Object.fromEntries(CALL_OUTCOMES.map((o) => [`outcome_${o}`, countWhere(sql`${calls.outcome} = ${o}`)])),
  }).from(calls).where(where).groupBy(utcHourBucket) as unknown as HourRow[];

  const totals = sumRows(hours);
  const byDay = new Map<string, HourRow[]>();
  const byWeekHour = new Map<string, { dow: number; hour: number; calls: number }>();
  for (const row of hours) {
    const day = new Date(row.hour * HOUR_MS).toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
    // ISO day of week (1 = Monday … 7 = Sunday): 1970-01-01, day 0, was a Thursday.
    const dow = ((Math.floor(row.hour / 24) + 3) % 7) + 1;
    const hour = row.hour % 24;
    const cell = byWeekHour.get(`${dow}:${hour}`) ?? { dow, hour, calls: 0 };
    cell.calls += row.calls;
    byWeekHour.set(`${dow}:${hour}`, cell);
  }
  return {
    range: { from: range.firstDay, to: range.lastDay, days: range.days },
    totals: {
      calls: totals.calls,
      answered: totals.answered,
      answerRate: rate(totals.answered, totals.calls),
      avgDurationSeconds: averageSeconds(totals),
      totalMinutes: Math.round(totals.totalSeconds / 60),
      booked: totals.outcome_booked,
    },
    sentiment: Object.fromEntries(SENTIMENTS.map((s) => [s, totals[s]])) as Record<(typeof SENTIMENTS)[number], number>,
    outcomes: CALL_OUTCOMES.map((outcome) => ({ outcome, calls: totals[`outcome_${outcome}`] })),
    perDay: daysOf(range).map((day) => {
      const r = sumRows(byDay.get(day) ?? []);
      return {
        day,
        calls: r.calls,
        answered: r.answered,
        answerRate: rate(r.answered, r.calls),
        avgDurationSeconds: averageSeconds(r),
        positive: r.positive,
        neutral: r.neutral,
        negative: r.negative,
      };
    }),
    // ISO day of week: 1 = Monday … 7 = Sunday; hours in UTC.
    busiestHours: [...byWeekHour.values()].sort((a, b) => a.dow - b.dow || a.hour - b.hour),
  };
}

type HourRow = { hour: number } & Record<string, number>;

/** Column-wise sum of hour rows (every column but the key is a count or a sum). */
function sumRows(rows: HourRow[]): Record<string, number> {
  const sum: Record<string, number> = { calls: 0, answered: 0, answeredSeconds: 0, totalSeconds: 0, positive: 0, neutral: 0, negative: 0 };
  for (const o of CALL_OUTCOMES) sum[`outcome_${o}`] = 0;
  for (const row of rows) for (const key of Object.keys(sum)) sum[key] += row[key];
  return sum;
}

/** Average length of answered calls, whole seconds (as SQL's round(avg(...)) gave). */
const averageSeconds = (r: Record<string, number>) => (r.answered === 0 ? 0 : Math.round(r.answeredSeconds / r.answered));

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;
