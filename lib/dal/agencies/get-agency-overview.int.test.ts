import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, calls } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { clientIdOf } from "@/db/testing/lookups";
import { startOfMonthIn } from "@/lib/time-zones/zoned-day";
import { updateClient } from "@/lib/dal/clients/update-client";
import { getAgencyOverview } from "./get-agency-overview";

async function monthFigures(clientIds: string[]) {
  const db = await getDb();
  const [acme] = await db.select({ timeZone: agencies.timeZone }).from(agencies).where(eq(agencies.slug, "acme"));
  const [row] = await db
    .select({
      calls: sql<number>`count(*)::int`,
      seconds: sql<string>`coalesce(sum(duration_seconds),0)::text`,
      cents: sql<string>`coalesce(sum(cost_cents),0)::text`,
    })
    .from(calls)
    .where(and(inArray(calls.clientId, clientIds), gte(calls.startedAt, startOfMonthIn(acme.timeZone))));
  return { calls: Number(row.calls), minutes: Math.round(Number(row.seconds) / 60), cents: Number(row.cents) };
}

describe("getAgencyOverview", () => {
  it("sums this month's calls, minutes and spend over every client for an admin", async () => {
    const ids = await Promise.all(
      ["Bright Dental", "Summit Legal", "Harbor Plumbing", "Nova Realty"].map((n) => clientIdOf(n)),
    );
    const expected = await monthFigures(ids);
    const overview = await getAgencyOverview(await staffFor("admin@acme.test"));
    expect(overview).toMatchObject({
      clientCount: 4,
      callsThisMonth: expected.calls,
      minutesThisMonth: expected.minutes,
      spendThisMonthCents: expected.cents,
      clientsWithoutUsers: 1,
      suspendedPortals: 0,
      pendingInvitations: 0,
    });
  });

  it("counts only the clients the viewer may see", async () => {
    const summit = await clientIdOf("Summit Legal");
    const overview = await getAgencyOverview(await staffFor("member@acme.test"));
    expect(overview.clientCount).toBe(1);
    expect(overview.callsThisMonth).toBe((await monthFigures([summit])).calls);
    expect(overview.clientsWithoutUsers).toBe(0);
    const globex = await getAgencyOverview(await staffFor("owner@globex.test"));
    expect(globex.clientCount).toBe(1);
    expect(globex.callsThisMonth).toBe((await monthFigures([await clientIdOf("Globex Dental", "globex")])).calls);
  });

  it("counts suspended portals", async () => {
    const admin = await staffFor("admin@acme.test");
    await updateClient(admin, await clientIdOf("Nova Realty"), { portalAccess: "suspended" });
    expect((await getAgencyOverview(admin)).suspendedPortals).toBe(1);
  });

  it("counts the month in the agency's time zone: a call just before its local month began is last month's", async () => {
    const db = await getDb();
    const admin = await staffFor("admin@acme.test");
    // UTC+14: its month begins ten hours before the UTC month does.
    await db.update(agencies).set({ timeZone: "Pacific/Kiritimati" }).where(eq(agencies.id, admin.agencyId));
    const start = startOfMonthIn("Pacific/Kiritimati");
    expect(start.getTime()).toBe(
      Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1), 1) - 14 * 3_600_000,
    );
    const bright = await clientIdOf("Bright Dental");
    const [template] = await db.select().from(calls).where(eq(calls.clientId, bright)).limit(1);
    const before = (await getAgencyOverview(admin)).callsThisMonth;
    const { id: _id, ...rest } = template;
    await db.insert(calls).values([
      { ...rest, externalId: null, startedAt: new Date(start.getTime() + 60_000) },
      { ...rest, externalId: null, startedAt: new Date(start.getTime() - 60_000) },
    ]);
    expect((await getAgencyOverview(admin)).callsThisMonth).toBe(before + 1);
    expect((await getAgencyOverview(admin)).timeZone).toBe("Pacific/Kiritimati");
  });
});
