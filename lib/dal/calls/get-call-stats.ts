import "server-only";
import { and, gte, lt, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { answeredFilter, countWhere, rate } from "./call-aggregates";
import { previousRange, type StatsRange } from "./stats-range";
import { visibleCallsWhere } from "./visible-calls-where";

/**
 * Call volume, answer rate and average duration over a range and the equally long range before
 * it, in one pass over the visible calls. Needs only `calls.read`: these are the figures the call
 * list itself shows (time, duration, status).
 */
export async function getCallStats(actor: Actor, range: StatsRange) {
  const viewer = requireClient(actor, "calls.read");
  const before = previousRange(range);
  const from = sql`${range.from.toISOString()}::timestamptz`;
  const inCurrent = sql`${calls.startedAt} >= ${from}`;
  const inPrevious = sql`${calls.startedAt} < ${from}`;
  return withTenant(viewer.agencyId, async (db) => {
    const [row] = await db
      .select({
        total: countWhere(inCurrent),
        answered: countWhere(sql`${inCurrent} and ${answeredFilter}`),
        avgSeconds: sql<number>`coalesce(round(avg(${calls.durationSeconds}) filter (where ${inCurrent} and ${answeredFilter})), 0)::int`,
        previousTotal: countWhere(inPrevious),
        previousAnswered: countWhere(sql`${inPrevious} and ${answeredFilter}`),
      })
      .from(calls)
      .where(and(visibleCallsWhere(viewer), gte(calls.startedAt, before.from), lt(calls.startedAt, range.to)));
    return {
      range: { from: range.firstDay, to: range.lastDay, days: range.days, timeZone: range.timeZone },
      total: row.total,
      answered: row.answered,
      answerRate: rate(row.answered, row.total),
      avgDurationSeconds: row.avgSeconds,
      previous: { total: row.previousTotal, answerRate: rate(row.previousAnswered, row.previousTotal) },
    };
  });
}

export type CallStats = Awaited<ReturnType<typeof getCallStats>>;
