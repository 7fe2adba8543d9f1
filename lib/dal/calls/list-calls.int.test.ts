import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { listCalls } from "./list-calls";

async function clientId(name: string) {
  const db = await getDb();
  const [row] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, name));
  return row.id;
}

async function allPages(email: string, filters: Record<string, unknown> = {}, limit = 37) {
  const actor = await clientUserFor(email);
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listCalls(actor, { ...filters, limit, cursor });
    pages.push(page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

async function expectStatus(work: Promise<unknown>, status: number) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

describe("listCalls: keyset pagination", () => {
  it("walks every visible call once, each page equal to the OFFSET query it replaces", async () => {
    const pages = await allPages("admin@brightdental.test");
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    const db = await getDb();
    const bright = await clientId("Bright Dental");
    const expected = await db
      .select({ id: calls.id })
      .from(calls)
      .where(eq(calls.clientId, bright))
      .orderBy(desc(calls.startedAt), desc(calls.id));
    expect(ids).toEqual(expected.map((r) => r.id));
    expect(pages.length).toBeGreaterThan(5);
    // A deep page, checked against OFFSET explicitly.
    const deep = await db
      .select({ id: calls.id })
      .from(calls)
      .where(eq(calls.clientId, bright))
      .orderBy(desc(calls.startedAt), desc(calls.id))
      .limit(37)
      .offset(37 * 7);
    expect(pages[7]).toEqual(deep.map((r) => r.id));
  });

  it("steps back with prevCursor to exactly the page before", async () => {
    const actor = await clientUserFor("supervisor@brightdental.test");
    const first = await listCalls(actor, { limit: 20 });
    expect(first.prevCursor).toBeNull();
    const second = await listCalls(actor, { limit: 20, cursor: first.nextCursor });
    const third = await listCalls(actor, { limit: 20, cursor: second.nextCursor });
    const backToSecond = await listCalls(actor, { limit: 20, cursor: third.prevCursor });
    expect(backToSecond.items.map((c) => c.id)).toEqual(second.items.map((c) => c.id));
    const backToFirst = await listCalls(actor, { limit: 20, cursor: backToSecond.prevCursor });
    expect(backToFirst.items.map((c) => c.id)).toEqual(first.items.map((c) => c.id));
    expect(backToFirst.prevCursor).toBeNull();
  });

  it("answers the SPEC §9 list shape", async () => {
    const page = await listCalls(await clientUserFor("analyst@brightdental.test"), { limit: 1 });
    expect(Object.keys(page)).toEqual(["items", "nextCursor", "prevCursor"]);
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      startedAt: expect.stringMatching(/Z$/),
      durationSeconds: expect.any(Number),
      direction: expect.any(String),
      status: expect.any(String),
      reviewStatus: expect.any(String),
      callerNumber: expect.any(String),
      outcome: expect.toBeOneOf([null, expect.any(String)]),
      agent: { id: expect.any(String), name: expect.any(String) },
    });
  });

  it("refuses a limit over 100 and a forged cursor", async () => {
    const actor = await clientUserFor("admin@brightdental.test");
    await expectStatus(listCalls(actor, { limit: 101 }), 422);
    await expectStatus(listCalls(actor, { cursor: "bm90LWEtY3Vyc29y" }), 400);
  });
});

describe("listCalls: filters", () => {
  it("narrows by status, direction, outcome, agent, review status and duration", async () => {
    const actor = await clientUserFor("admin@brightdental.test");
    const [recall] = await (
      await getDb()
    )
      .select({ id: aiAgents.id })
      .from(aiAgents)
      .where(eq(aiAgents.name, "Recall Reminders"));
    const cases: [Record<string, unknown>, (c: Awaited<ReturnType<typeof listCalls>>["items"][number]) => boolean][] = [
      [{ status: "missed" }, (c) => c.status === "missed"],
      [{ direction: "outbound" }, (c) => c.direction === "outbound"],
      [{ outcome: "booked" }, (c) => c.outcome === "booked"],
      [{ agentId: recall.id }, (c) => c.agent.name === "Recall Reminders"],
      [{ reviewStatus: "follow_up" }, (c) => c.reviewStatus === "follow_up"],
      [{ minDuration: "60", maxDuration: "100" }, (c) => c.durationSeconds >= 60 && c.durationSeconds <= 100],
      [{ status: "completed", direction: "inbound" }, (c) => c.status === "completed" && c.direction === "inbound"],
    ];
    for (const [filters, holds] of cases) {
      const page = await listCalls(actor, { ...filters, limit: 100 });
      expect(page.items.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(page.items.every(holds), JSON.stringify(filters)).toBe(true);
    }
  });

  it("takes a date range of whole UTC days, both included", async () => {
    const actor = await clientUserFor("admin@brightdental.test");
    const newest = (await listCalls(actor, { limit: 1 })).items[0];
    const day = newest.startedAt.slice(0, 10);
    const ids = (await allPages("admin@brightdental.test", { from: day, to: day }, 100)).flat();
    const db = await getDb();
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(calls)
      .where(
        and(
          eq(calls.clientId, await clientId("Bright Dental")),
          sql`to_char(${calls.startedAt} at time zone 'UTC', 'YYYY-MM-DD') = ${day}`,
        ),
      );
    expect(ids.length).toBe(n);
  });

  it("searches caller numbers and summaries, any case, with % and _ taken literally", async () => {
    const db = await getDb();
    const bright = await clientId("Bright Dental");
    const rows = await db
      .select()
      .from(calls)
      .where(eq(calls.clientId, bright))
      .orderBy(desc(calls.startedAt), desc(calls.id));
    // What a search must find, worked out here from the rows themselves.
    const matching = (q: string) =>
      rows
        .filter(
          (c) =>
            c.callerNumber.toLowerCase().includes(q.toLowerCase()) ||
            (c.summary ?? "").toLowerCase().includes(q.toLowerCase()),
        )
        .map((c) => c.id);

    const sample = rows.find((c) => c.status === "completed")!;
    const digits = sample.callerNumber.slice(-6);
    const byNumber = (await allPages("admin@brightdental.test", { q: digits }, 100)).flat();
    expect(byNumber).toContain(sample.id);
    expect(byNumber).toEqual(matching(digits));

    const bySummary = (await allPages("admin@brightdental.test", { q: "VoiceMail" }, 100)).flat();
    expect(bySummary.length).toBeGreaterThan(0);
    expect(bySummary).toEqual(matching("voicemail"));

    // One summary that really holds % and _: found by them, while a bare % or _ matches nothing else.
    await db
      .update(calls)
      .set({ summary: "Asked whether the 100% refund_policy applies" })
      .where(eq(calls.id, sample.id));
    const actor = await clientUserFor("admin@brightdental.test");
    expect((await listCalls(actor, { q: "100% REFUND_policy", limit: 100 })).items.map((c) => c.id)).toEqual([
      sample.id,
    ]);
    expect((await listCalls(actor, { q: "%", limit: 100 })).items.map((c) => c.id)).toEqual([sample.id]);
    expect((await listCalls(actor, { q: "_", limit: 100 })).items.map((c) => c.id)).toEqual([sample.id]);
    expect((await listCalls(actor, { q: "100_", limit: 100 })).items).toEqual([]);
  });

  it("does not let a viewer without call details filter or search by what they may not read", async () => {
    const nova = await clientUserFor("admin@novarealty.test");
    await expectStatus(listCalls(nova, { sentiment: "negative" }), 403);
    // Summaries are not searched for this viewer: a word only summaries contain finds nothing.
    expect((await listCalls(nova, { q: "voicemail" })).items).toEqual([]);
  });
});

describe("listCalls: who sees what", () => {
  it("shows the agent-role user only the calls of its assigned agent", async () => {
    const ids = (await allPages("agent@brightdental.test", {}, 100)).flat();
    const actor = await clientUserFor("agent@brightdental.test");
    const page = await listCalls(actor, { limit: 100 });
    expect(page.items.every((c) => c.agent.name === "Front Desk")).toBe(true);
    const db = await getDb();
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(calls)
      .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
      .where(and(eq(calls.clientId, await clientId("Bright Dental")), eq(aiAgents.name, "Front Desk")));
    expect(ids.length).toBe(n);
  });

  it("never shows another client's calls", async () => {
    const summit = await clientUserFor("admin@summitlegal.test");
    const page = await listCalls(summit, { limit: 100 });
    const bright = await clientId("Bright Dental");
    const db = await getDb();
    const brightIds = new Set(
      (await db.select({ id: calls.id }).from(calls).where(eq(calls.clientId, bright))).map((r) => r.id),
    );
    expect(page.items.some((c) => brightIds.has(c.id))).toBe(false);
  });

  it("is not an API for agency staff (they are not client users)", async () => {
    await expectStatus(listCalls(await staffFor("owner@acme.test"), {}), 404);
  });
});
