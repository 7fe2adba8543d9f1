import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { aiAgents, calls, clients } from "@/db/schema";
import { clientUserFor } from "@/db/testing/actor-for";
import { getAnalytics } from "./get-analytics";

// What call_hourly_stats must hold: the calls themselves, grouped the same way.
const FROM_CALLS = sql`
  select client_id::text, agent_id::text, to_char(date_trunc('hour', started_at at time zone 'UTC'), 'YYYY-MM-DD HH24') as hour,
    count(*)::int as calls, (count(*) filter (where status = 'completed'))::int as answered,
    coalesce(sum(duration_seconds) filter (where status = 'completed'), 0)::int as answered_seconds, sum(duration_seconds)::int as total_seconds,
    (count(*) filter (where sentiment = 'positive'))::int as positive, (count(*) filter (where sentiment = 'negative'))::int as negative,
    (count(*) filter (where outcome = 'booked'))::int as booked, (count(*) filter (where outcome = 'spam'))::int as spam
  from calls group by 1, 2, 3 order by 1, 2, 3`;
const FROM_ROLLUP = sql`
  select client_id::text, agent_id::text, to_char(hour at time zone 'UTC', 'YYYY-MM-DD HH24') as hour,
    calls, answered, answered_seconds::int, total_seconds::int, positive, negative, outcome_booked as booked, outcome_spam as spam
  from call_hourly_stats where calls <> 0 order by 1, 2, 3`;

async function both() {
  const db = await getDb();
  return { calls: rowsOf(await db.execute(FROM_CALLS)), rollup: rowsOf(await db.execute(FROM_ROLLUP)) };
}

describe("call_hourly_stats", () => {
  it("holds exactly the calls' hourly sums after inserts, updates, moves and deletes", async () => {
    const db = await getDb();
    const start = await both();
    expect(start.rollup.length).toBeGreaterThan(0);
    expect(start.rollup).toEqual(start.calls);

    const [bright] = await db
      .select({ id: clients.id, agencyId: clients.agencyId })
      .from(clients)
      .where(eq(clients.name, "Bright Dental"));
    const agents = await db.select({ id: aiAgents.id }).from(aiAgents).where(eq(aiAgents.clientId, bright.id));
    const some = await db
      .select({ id: calls.id })
      .from(calls)
      .where(eq(calls.clientId, bright.id))
      .orderBy(calls.startedAt)
      .limit(12);
    const ids = some.map((c) => c.id);
    // Counted columns change, a call moves to another hour and another agent, some go away, one arrives.
    await db
      .update(calls)
      .set({ status: "missed", outcome: "spam", sentiment: "negative", durationSeconds: 3 })
      .where(inArray(calls.id, ids.slice(0, 4)));
    await db
      .update(calls)
      .set({ startedAt: new Date("2021-03-04T05:06:07Z"), agentId: agents[agents.length - 1].id })
      .where(eq(calls.id, ids[4]));
    await db.update(calls).set({ reviewStatus: "done" }).where(eq(calls.id, ids[5]));
    await db.delete(calls).where(inArray(calls.id, ids.slice(6, 9)));
    await db.insert(calls).values({
      agencyId: bright.agencyId,
      clientId: bright.id,
      agentId: agents[0].id,
      direction: "inbound",
      callerNumber: "+14155550199",
      startedAt: new Date("2021-03-04T05:59:59Z"),
      durationSeconds: 61,
      status: "completed",
      outcome: "booked",
      sentiment: "positive",
    });

    const after = await both();
    expect(after.rollup).toEqual(after.calls);
    expect(after.rollup).not.toEqual(start.rollup);
    const moved = (after.rollup as { hour: string; calls: number }[]).filter((r) => r.hour === "2021-03-04 05");
    expect(moved.reduce((n, r) => n + r.calls, 0)).toBe(2);

    // One statement of several rows (as a batch ingestion is): counted once per group, into an
    // hour that already has calls and into new ones, for two agents.
    const row = (agentId: string, startedAt: string, status: "completed" | "missed") => ({
      agencyId: bright.agencyId,
      clientId: bright.id,
      agentId,
      direction: "inbound" as const,
      callerNumber: "+14155550100",
      startedAt: new Date(startedAt),
      durationSeconds: 30,
      status,
      outcome: status === "missed" ? null : ("message_taken" as const),
      sentiment: "neutral" as const,
    });
    await db
      .insert(calls)
      .values([
        row(agents[0].id, "2021-03-04T05:10:00Z", "completed"),
        row(agents[0].id, "2021-03-04T05:20:00Z", "missed"),
        row(agents[agents.length - 1].id, "2021-03-04T06:00:00Z", "completed"),
        row(agents[0].id, "2021-03-05T00:00:00Z", "completed"),
      ]);
    const batch = await both();
    expect(batch.rollup).toEqual(batch.calls);
  });

  it("is what the analytics read: a deleted call leaves the figures at once", async () => {
    const db = await getDb();
    const viewer = await clientUserFor("admin@brightdental.test");
    const before = await getAnalytics(viewer, { days: "90" });
    const [latest] = await db
      .select({ id: calls.id })
      .from(calls)
      .where(and(eq(calls.clientId, viewer.clientId), sql`${calls.startedAt} >= now() - interval '30 days'`))
      .limit(1);
    await db.delete(calls).where(eq(calls.id, latest.id));
    const after = await getAnalytics(viewer, { days: "90" });
    expect(after.totals.calls).toBe(before.totals.calls - 1);
  });
});
