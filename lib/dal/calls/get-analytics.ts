import { and, gte, lt, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { callHourlyStats } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { rate } from "./call-aggregates";
import { CALL_OUTCOMES, SENTIMENTS } from "./call-filters";
import { daysOf, resolveStatsRange } from "./stats-range";
import { visibleCallStatsWhere } from "./visible-calls-where";

/** Hours since the epoch of a stats row's UTC hour: the key every figure is summed by. */
const epochHour = sql<number>`(extract(epoch from ${callHourlyStats.hour}) / 3600)::int`;
const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(Number);

const HOUR_MS = 3_600_000;

/**
 * The analytics dashboard (SPEC §6) over the viewer's visible calls in a range of UTC days —
 * totals, sentiment and outcome splits, a row per day (quiet days as zeros) and the day-of-week ×
 * hour heat map. It reads the hourly rollup the database keeps beside the calls (call_hourly_stats,
 * migration 0009): at most 24 rows a day per agent, where reading the calls themselves meant
 * ~30,000 rows for 90 days of a busy client (npm run bench). One query sums them per hour; the
 * three views are added up from those rows here.
 */
export async function getAnalytics(actor: Actor, rawRange: unknown) {
  const viewer = requireClient(actor, "analytics.read");
  const range = resolveStatsRange(rawRange);
  const where = and(visibleCallStatsWhere(viewer), gte(callHourlyStats.hour, range.from), lt(callHourlyStats.hour, range.to));
  const db = await getDb();
  const s = callHourlyStats;
  const hours: HourRow[] = await db.select({
    hour: epochHour,
    calls: total(s.calls), answered: total(s.answered), answeredSeconds: total(s.answeredSeconds), totalSeconds: total(s.totalSeconds),
    positive: total(s.positive), neutral: total(s.neutral), negative: total(s.negative),
    outcome_booked: total(s.outcomeBooked), outcome_message_taken: total(s.outcomeMessageTaken),
    outcome_transferred: total(s.outcomeTransferred), outcome_spam: total(s.outcomeSpam), outcome_hung_up: total(s.outcomeHungUp),
  }).from(s).where(where).groupBy(epochHour);

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
