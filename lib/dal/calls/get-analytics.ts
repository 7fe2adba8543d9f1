import { and, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { answeredCalls, avgAnsweredSeconds, countWhere, rate, totalCalls, utcDay, utcHour, utcIsoDow } from "./call-aggregates";
import { CALL_OUTCOMES, SENTIMENTS } from "./call-filters";
import { daysOf, resolveStatsRange } from "./stats-range";
import { visibleCallsWhere } from "./visible-calls-where";

const sentimentIs = (s: string) => countWhere(sql`${calls.sentiment} = ${s}`);

/**
 * The analytics dashboard (SPEC §6): SQL aggregates over the viewer's visible calls in a range of
 * UTC days — totals, sentiment and outcome splits, a row per day (quiet days as zeros) and the
 * day-of-week × hour heat map. Three grouped queries, whatever the number of calls.
 */
export async function getAnalytics(actor: Actor, rawRange: unknown) {
  const viewer = requireClient(actor, "analytics.read");
  const range = resolveStatsRange(rawRange);
  const where = and(visibleCallsWhere(viewer), gte(calls.startedAt, range.from), lt(calls.startedAt, range.to));
  const db = await getDb();
  const [totalsRows, dayRows, hourRows] = await Promise.all([
    db.select({
      calls: totalCalls,
      answered: answeredCalls,
      avgDurationSeconds: avgAnsweredSeconds,
      totalSeconds: sql<number>`coalesce(sum(${calls.durationSeconds}), 0)::int`,
      ...Object.fromEntries(SENTIMENTS.map((s) => [s, sentimentIs(s)])),
      ...Object.fromEntries(CALL_OUTCOMES.map((o) => [`outcome_${o}`, countWhere(sql`${calls.outcome} = ${o}`)])),
    }).from(calls).where(where),
    db.select({
      day: utcDay, calls: totalCalls, answered: answeredCalls, avgDurationSeconds: avgAnsweredSeconds,
      positive: sentimentIs("positive"), neutral: sentimentIs("neutral"), negative: sentimentIs("negative"),
    }).from(calls).where(where).groupBy(utcDay),
    db.select({ dow: utcIsoDow, hour: utcHour, calls: totalCalls }).from(calls).where(where).groupBy(utcIsoDow, utcHour),
  ]);
  const totals = totalsRows[0] as unknown as Record<string, number>;
  const byDay = new Map(dayRows.map((r) => [r.day, r]));
  return {
    range: { from: range.firstDay, to: range.lastDay, days: range.days },
    totals: {
      calls: totals.calls,
      answered: totals.answered,
      answerRate: rate(totals.answered, totals.calls),
      avgDurationSeconds: totals.avgDurationSeconds,
      totalMinutes: Math.round(totals.totalSeconds / 60),
      booked: totals.outcome_booked,
    },
    sentiment: Object.fromEntries(SENTIMENTS.map((s) => [s, totals[s]])) as Record<(typeof SENTIMENTS)[number], number>,
    outcomes: CALL_OUTCOMES.map((outcome) => ({ outcome, calls: totals[`outcome_${outcome}`] })),
    perDay: daysOf(range).map((day) => {
      const r = byDay.get(day);
      return {
        day,
        calls: r?.calls ?? 0,
        answered: r?.answered ?? 0,
        answerRate: rate(r?.answered ?? 0, r?.calls ?? 0),
        avgDurationSeconds: r?.avgDurationSeconds ?? 0,
        positive: r?.positive ?? 0,
        neutral: r?.neutral ?? 0,
        negative: r?.negative ?? 0,
      };
    }),
    // ISO day of week: 1 = Monday … 7 = Sunday; hours in UTC.
    busiestHours: hourRows.map((r) => ({ dow: r.dow, hour: r.hour, calls: r.calls })),
  };
}

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;
