import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, clients } from "@/db/schema";
import { auditEventsSince, auditMark } from "@/db/testing/audit-events";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { getClientSettings } from "@/lib/dal/client-settings/get-client-settings";
import { updateClientSettings } from "@/lib/dal/client-settings/update-client-settings";
import { updateClient } from "@/lib/dal/clients/update-client";
import { AppError } from "@/lib/errors";
import { TIME_ZONES } from "@/lib/time-zones/time-zone-name";
import { getAnalytics } from "./get-analytics";
import { getCallStats } from "./get-call-stats";
import { listCalls } from "./list-calls";
import { lastDays } from "./stats-range";
import { streamCallsCsv } from "./stream-calls-csv";

const failsWith = async (work: Promise<unknown>, status: number) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
};

/** Calls for Summit Legal at these instants, far from the seeded months. */
async function plantCalls(...instants: string[]) {
  const db = await getDb();
  const [client] = await db
    .select({ id: clients.id, agencyId: clients.agencyId })
    .from(clients)
    .where(eq(clients.name, "Summit Legal"));
  const [agent] = await db.select({ id: aiAgents.id }).from(aiAgents).where(eq(aiAgents.clientId, client.id)).limit(1);
  const rows = await db
    .insert(calls)
    .values(
      instants.map((at) => ({
        agencyId: client.agencyId,
        clientId: client.id,
        agentId: agent.id,
        direction: "inbound" as const,
        callerNumber: "+14155550142",
        startedAt: new Date(at),
        durationSeconds: 90,
        status: "completed" as const,
      })),
    )
    .returning({ id: calls.id });
  return rows.map((r) => r.id);
}

const perDay = (a: Awaited<ReturnType<typeof getAnalytics>>) =>
  Object.fromEntries(a.perDay.map((d) => [d.day, d.calls]));
const hours = (a: Awaited<ReturnType<typeof getAnalytics>>) =>
  a.busiestHours.map((h) => `${h.dow}@${h.hour}=${h.calls}`);

async function readAll(chunks: AsyncGenerator<string>) {
  let body = "";
  for await (const chunk of chunks) body += chunk;
  return body;
}

describe("a client's time zone", () => {
  it("puts a call at 23:30 UTC on the next day, weekday and hour for a client in UTC+2 — analytics, this week, lists, CSV", async () => {
    const [id] = await plantCalls("2025-01-14T23:30:00Z"); // a Tuesday in UTC
    const range = { from: "2025-01-14", to: "2025-01-15" };

    const utc = await clientUserFor("admin@summitlegal.test");
    expect(utc.timeZone).toBe("UTC");
    const before = await getAnalytics(utc, range);
    expect(perDay(before)).toEqual({ "2025-01-14": 1, "2025-01-15": 0 });
    expect(hours(before)).toEqual(["2@23=1"]);

    await updateClientSettings(utc, { timeZone: "Africa/Johannesburg" });
    const admin = await clientUserFor("admin@summitlegal.test");
    expect(admin.timeZone).toBe("Africa/Johannesburg");
    const after = await getAnalytics(admin, range);
    expect(after.range.timeZone).toBe("Africa/Johannesburg");
    expect(perDay(after)).toEqual({ "2025-01-14": 0, "2025-01-15": 1 });
    expect(hours(after)).toEqual(["3@1=1"]); // Wednesday 01:00

    // "This week" ending on the 15th, local: the call is in it; the UTC day 15 would not hold it.
    const now = new Date("2025-01-15T12:00:00Z");
    expect((await getCallStats(admin, lastDays(1, admin.timeZone, now))).total).toBe(1);
    expect((await getCallStats(admin, lastDays(1, "UTC", now))).total).toBe(0);

    // A list filtered to the local 15th finds it; the API keeps the instant in UTC.
    const listed = await listCalls(admin, { from: "2025-01-15", to: "2025-01-15" });
    expect(listed.items.map((c) => c.id)).toEqual([id]);
    expect(listed.items[0].startedAt).toBe("2025-01-14T23:30:00.000Z");
    expect((await listCalls(utc, { from: "2025-01-15", to: "2025-01-15" })).items).toEqual([]);

    // The export reads the local time with its offset.
    const csv = await readAll((await streamCallsCsv(admin, { from: "2025-01-15", to: "2025-01-15" })).chunks);
    expect(csv).toContain(`${id},2025-01-15T01:30:00.000+02:00,`);
  });

  it("keeps day boundaries at local midnight across daylight-saving changes", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const berlin = { ...admin, timeZone: "Europe/Berlin" };
    // Berlin moves to summer time on Sunday 29 March 2026: 00:30 CET, 23:30 CEST, then 00:30 CEST on Monday.
    await plantCalls("2026-03-28T23:30:00Z", "2026-03-29T21:30:00Z", "2026-03-29T22:30:00Z");
    const a = await getAnalytics(berlin, { from: "2026-03-28", to: "2026-03-30" });
    expect(perDay(a)).toEqual({ "2026-03-28": 0, "2026-03-29": 2, "2026-03-30": 1 });
    expect(hours(a)).toEqual(["1@0=1", "7@0=1", "7@23=1"]);
    // Lagos, always UTC+1 (no summer time), puts the Monday call at 23:30 on Sunday.
    const fixed = await getAnalytics({ ...admin, timeZone: "Africa/Lagos" }, { from: "2026-03-28", to: "2026-03-30" });
    expect(perDay(fixed)).toEqual({ "2026-03-28": 0, "2026-03-29": 3, "2026-03-30": 0 });
  });

  it("counts calls on the local day and hour in a half-hour zone (India, UTC+5:30), across midnight", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    // This runtime's IANA list names India's zone by one of its two names.
    const india = { ...admin, timeZone: TIME_ZONES.find((z) => z === "Asia/Kolkata" || z === "Asia/Calcutta")! };
    // 18:20 UTC is 23:50 on 10 Feb in India; 18:40 UTC is 00:10 on 11 Feb — the same UTC hour.
    await plantCalls("2025-02-10T18:20:00Z", "2025-02-10T18:40:00Z");
    const a = await getAnalytics(india, { from: "2025-02-10", to: "2025-02-11" });
    expect(perDay(a)).toEqual({ "2025-02-10": 1, "2025-02-11": 1 });
    // Monday 23:00 and Tuesday 00:00 on the Indian clock.
    expect(hours(a)).toEqual(["1@23=1", "2@0=1"]);
    expect(a.totals.calls).toBe(2);
  });

  it("refuses an unknown zone (422) and changes nothing; a change is audited; only the client admin may set it", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const mark = await auditMark(admin.agencyId);
    await failsWith(updateClientSettings(admin, { timeZone: "Mars/Olympus" }), 422);
    await failsWith(updateClientSettings(admin, { timeZone: 7 }), 422);
    await failsWith(updateClientSettings(admin, {}), 422);
    await failsWith(
      updateClientSettings(await clientUserFor("supervisor@brightdental.test"), { timeZone: "UTC" }),
      403,
    );
    await failsWith(getClientSettings(await clientUserFor("analyst@brightdental.test")), 403);
    const owner = await staffFor("owner@acme.test");
    await failsWith(updateClient(owner, admin.clientId, { timeZone: "Not/AZone" }), 422);
    expect(await auditEventsSince(admin.agencyId, mark)).toEqual([]);

    const set = await updateClientSettings(admin, { timeZone: "America/New_York" });
    expect(set).toMatchObject({
      timeZone: "America/New_York",
      effectiveTimeZone: "America/New_York",
      agencyTimeZone: "UTC",
    });
    const dto = await updateClient(owner, admin.clientId, { timeZone: null });
    expect(dto.timeZone).toBeNull();
    expect((await getClientSettings(admin)).effectiveTimeZone).toBe("UTC");
    const events = await auditEventsSince(admin.agencyId, mark);
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ["client_updated", { before: { timeZone: "Africa/Johannesburg" }, after: { timeZone: "America/New_York" } }], // set by the first test
      ["client_updated", { before: { timeZone: "America/New_York" }, after: { timeZone: null } }],
    ]);
  });
});
