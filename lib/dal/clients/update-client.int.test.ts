import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, sessions, users } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf, clientRow, userIdOf } from "@/db/testing/lookups";
import { archiveClient } from "./archive-client";
import { getClient } from "./get-client";
import { listClients } from "./list-clients";
import { updateClient } from "./update-client";

describe("getClient", () => {
  it("gives the §9 client shape and this month's figures", async () => {
    const client = await getClient(await staffFor("admin@acme.test"), await clientIdOf("Bright Dental"));
    expect(client).toMatchObject({
      name: "Bright Dental",
      portalAccess: "enabled",
      clientAdminsManageUsers: true,
      userCount: 4,
      canEdit: true,
      canArchive: true,
    });
    // The figures, recomputed here from the rows themselves.
    const db = await getDb();
    const id = await clientIdOf("Bright Dental");
    expect(client.agentCount).toBe(
      (await db.select({ id: aiAgents.id }).from(aiAgents).where(eq(aiAgents.clientId, id))).length,
    );
    const now = new Date();
    const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const month = (await db.select().from(calls).where(eq(calls.clientId, id))).filter(
      (c) => c.startedAt.getTime() >= monthStart,
    );
    expect(month.length).toBeGreaterThan(0);
    expect(client.thisMonth).toEqual({
      calls: month.length,
      minutes: Math.round(month.reduce((sum, c) => sum + c.durationSeconds, 0) / 60),
      spendCents: month.reduce((sum, c) => sum + c.costCents, 0),
    });
    expect(client.createdAt).toBe((await clientRow(id)).createdAt.toISOString());
  });

  it("is not found for another agency, outside a manager's assignments, or for a bad id", async () => {
    const bright = await clientIdOf("Bright Dental");
    await expect(getClient(await staffFor("owner@globex.test"), bright)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      getClient(await staffFor("manager@acme.test"), await clientIdOf("Summit Legal")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(getClient(await staffFor("admin@acme.test"), "../etc")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("updateClient", () => {
  it("suspends a portal with client_portal_suspended and restores it with client_portal_restored", async () => {
    const manager = await staffFor("manager@acme.test");
    const id = await clientIdOf("Bright Dental");
    // Two live sessions of Bright Dental users, one already ended, one of another client.
    const db = await getDb();
    const session = async (email: string, revokedAt: Date | null = null) => {
      const sessionId = randomBytes(16).toString("hex");
      await db.insert(sessions).values({
        id: sessionId,
        userId: await userIdOf(email),
        userSessionVersion: 0,
        expiresAt: new Date(Date.now() + 3_600_000),
        revokedAt,
      });
      return sessionId;
    };
    const live = [await session("admin@brightdental.test"), await session("analyst@brightdental.test")];
    const others = [await session("agent@brightdental.test", new Date(0)), await session("admin@summitlegal.test")];
    const liveOfClient = await db
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(users.clientId, id), isNull(sessions.revokedAt)));
    const suspendedBefore = (await auditRows("client_portal_suspended")).length;
    expect((await updateClient(manager, id, { portalAccess: "suspended" })).portalAccess).toBe("suspended");
    const suspended = await auditRows("client_portal_suspended");
    expect(suspended.length).toBe(suspendedBefore + 1);
    expect(suspended.at(-1)!.details).toEqual({
      before: { portalAccess: "enabled" },
      after: { portalAccess: "suspended" },
      sessionsEnded: liveOfClient.length,
    });
    expect(liveOfClient.map((r) => r.id)).toEqual(expect.arrayContaining(live));
    const after = new Map(
      (
        await db
          .select()
          .from(sessions)
          .where(inArray(sessions.id, [...live, ...others]))
      ).map((r) => [r.id, r.revokedAt]),
    );
    expect(live.map((sid) => after.get(sid) instanceof Date)).toEqual([true, true]);
    expect(after.get(others[0])).toEqual(new Date(0));
    expect(after.get(others[1])).toBeNull();
    const restoredBefore = (await auditRows("client_portal_restored")).length;
    await updateClient(manager, id, { portalAccess: "enabled" });
    expect((await auditRows("client_portal_restored")).length).toBe(restoredBefore + 1);
  });

  it("renames and switches user management with one client_updated row holding before/after", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Nova Realty");
    const before = (await auditRows("client_updated")).length;
    const updated = await updateClient(admin, id, { name: "Nova Realty Group", clientAdminsManageUsers: false });
    expect(updated).toMatchObject({ name: "Nova Realty Group", clientAdminsManageUsers: false });
    const rows = await auditRows("client_updated");
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toEqual({
      before: { name: "Nova Realty", clientAdminsManageUsers: true },
      after: { name: "Nova Realty Group", clientAdminsManageUsers: false },
    });
    // No change, no event.
    await updateClient(admin, id, { name: "Nova Realty Group" });
    expect((await auditRows("client_updated")).length).toBe(before + 1);
  });

  it("refuses bad input with 422 and stores nothing", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Harbor Plumbing");
    for (const body of [{ portalAccess: "paused" }, { clientAdminsManageUsers: "no" }, { colour: "red" }]) {
      await expect(updateClient(admin, id, body)).rejects.toMatchObject({ code: "validation_failed" });
    }
    expect((await clientRow(id)).portalAccess).toBe("enabled");
  });

  it("member → 403, manager on an unassigned client → 404, another agency → 404", async () => {
    const summit = await clientIdOf("Summit Legal");
    await expect(
      updateClient(await staffFor("member@acme.test"), summit, { portalAccess: "suspended" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateClient(await staffFor("manager@acme.test"), summit, { portalAccess: "suspended" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      updateClient(await staffFor("owner@globex.test"), summit, { portalAccess: "suspended" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await clientRow(summit)).portalAccess).toBe("enabled");
  });
});

describe("archiveClient", () => {
  it("only owners and admins archive; an archived client leaves the list and is not found", async () => {
    const summit = await clientIdOf("Summit Legal");
    await expect(archiveClient(await staffFor("member@acme.test"), summit)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(archiveClient(await staffFor("owner@globex.test"), summit)).rejects.toMatchObject({
      code: "not_found",
    });
    const owner = await staffFor("owner@acme.test");
    const before = (await auditRows("client_archived")).length;
    await archiveClient(owner, summit);
    const rows = await auditRows("client_archived");
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toEqual({ name: "Summit Legal" });
    expect((await listClients(owner, {})).items.map((c) => c.name)).not.toContain("Summit Legal");
    await expect(getClient(owner, summit)).rejects.toMatchObject({ code: "not_found" });
    await expect(archiveClient(owner, summit)).rejects.toMatchObject({ code: "not_found" });
  });
});
