import { and, eq, gte, lt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, clients } from "@/db/schema";
import { clientUserFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { getAnalytics } from "./get-analytics";
import { getCallStats } from "./get-call-stats";
import { lastDays, previousRange } from "./stats-range";

/** The same figures the SQL computes, from the rows, in JavaScript. */
async function rowsFor(clientName: string, from: Date, to: Date, agentName?: string) {
  const db = await getDb();
  return db
    .select({
      status: calls.status,
      duration: calls.durationSeconds,
      sentiment: calls.sentiment,
      outcome: calls.outcome,
      startedAt: calls.startedAt,
    })
    .from(calls)
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
    .where(
      and(
        eq(clients.name, clientName),
        gte(calls.startedAt, from),
        lt(calls.startedAt, to),
        agentName ? eq(aiAgents.name, agentName) : undefined,
      ),
    );
}

const avgAnswered = (rows: { status: string; duration: number }[]) => {
  const answered = rows.filter((r) => r.status === "completed");
  return answered.length ? Math.round(answered.reduce((s, r) => s + r.duration, 0) / answered.length) : 0;
};

describe("getAnalytics", () => {
  it("matches the rows: totals, answer rate, average duration, sentiment, outcomes, days and heat map", async () => {
    const range = lastDays(30);
    const a = await getAnalytics(await clientUserFor("analyst@brightdental.test"), { days: "30" });
    const rows = await rowsFor("Bright Dental", range.from, range.to);
    expect(a.range).toEqual({ from: range.firstDay, to: range.lastDay, days: 30, timeZone: "UTC" });
    expect(a.totals.calls).toBe(rows.length);
    expect(a.totals.answered).toBe(rows.filter((r) => r.status === "completed").length);
    expect(a.totals.answerRate).toBeCloseTo(a.totals.answered / rows.length);
    expect(a.totals.avgDurationSeconds).toBe(avgAnswered(rows));
    expect(a.sentiment.positive).toBe(rows.filter((r) => r.sentiment === "positive").length);
    expect(a.sentiment.negative).toBe(rows.filter((r) => r.sentiment === "negative").length);
    expect(a.outcomes.find((o) => o.outcome === "booked")!.calls).toBe(
      rows.filter((r) => r.outcome === "booked").length,
    );
    expect(a.totals.booked).toBe(rows.filter((r) => r.outcome === "booked").length);
    expect(a.perDay).toHaveLength(30);
    expect(a.perDay.reduce((s, d) => s + d.calls, 0)).toBe(rows.length);
    const today = a.perDay.at(-1)!;
    expect(today.calls).toBe(rows.filter((r) => r.startedAt.toISOString().startsWith(today.day)).length);
    expect(a.busiestHours.reduce((s, h) => s + h.calls, 0)).toBe(rows.length);
    const monday9 = rows.filter((r) => r.startedAt.getUTCDay() === 1 && r.startedAt.getUTCHours() === 9).length;
    expect(a.busiestHours.find((h) => h.dow === 1 && h.hour === 9)?.calls ?? 0).toBe(monday9);
  });

  it("takes an explicit range of days and refuses a reversed or too long one", async () => {
    const analyst = await clientUserFor("analyst@brightdental.test");
    const a = await getAnalytics(analyst, { from: "2020-01-01", to: "2020-01-07" });
    expect(a.perDay.map((d) => d.day)).toEqual([
      "2020-01-01",
      "2020-01-02",
      "2020-01-03",
      "2020-01-04",
      "2020-01-05",
      "2020-01-06",
      "2020-01-07",
    ]);
    expect(a.totals.calls).toBe(0);
    for (const bad of [
      { from: "2020-02-01", to: "2020-01-01" },
      { from: "2019-01-01", to: "2021-01-01" },
      { days: "12" },
    ]) {
      const error = await getAnalytics(analyst, bad).catch((e: unknown) => e);
      expect((error as AppError).status).toBe(422);
    }
  });

  it("counts only the agent-scoped calls for a scoped viewer, and is forbidden to the agent role", async () => {
    const error = await getAnalytics(await clientUserFor("agent@brightdental.test"), {}).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(403);
    const range = lastDays(90);
    const nova = await getAnalytics(await clientUserFor("admin@novarealty.test"), { days: "90" });
    expect(nova.totals.calls).toBe((await rowsFor("Nova Realty", range.from, range.to)).length);
  });
});

describe("getCallStats", () => {
  it("gives this week and last week over the agent role's visible calls only", async () => {
    const range = lastDays(7);
    const stats = await getCallStats(await clientUserFor("agent@brightdental.test"), range);
    const current = await rowsFor("Bright Dental", range.from, range.to, "Front Desk");
    const before = previousRange(range);
    const previous = await rowsFor("Bright Dental", before.from, before.to, "Front Desk");
    expect(stats.total).toBe(current.length);
    expect(stats.answered).toBe(current.filter((r) => r.status === "completed").length);
    expect(stats.avgDurationSeconds).toBe(avgAnswered(current));
    expect(stats.previous.total).toBe(previous.length);
    const all = await rowsFor("Bright Dental", range.from, range.to);
    expect(all.length).toBeGreaterThan(current.length);
  });
});
