import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type StaffActor } from "@/lib/authz/actor";
import { listAuditEvents } from "./list-audit-events";

let owner: StaffActor;
let brightId: string;

beforeAll(async () => {
  owner = await staffFor("owner@acme.test");
  const admin = await staffFor("admin@acme.test");
  const db = await getDb();
  [{ id: brightId }] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, "Bright Dental"));
  for (let i = 0; i < 7; i++) {
    await db.transaction((tx) =>
      emitAudit(tx, owner.agencyId, auditActorOf(i % 2 ? admin : owner), {
        action: i < 5 ? "client_permissions_change" : "client_portal_suspended",
        target: { type: "client", id: brightId },
        clientId: brightId,
        details: { before: { view_calls: false }, after: { view_calls: true }, n: i },
      }),
    );
  }
  const globex = await staffFor("owner@globex.test");
  await db.transaction((tx) =>
    emitAudit(tx, globex.agencyId, auditActorOf(globex), {
      action: "client_permissions_change",
      details: { globex: true },
    }),
  );
});

describe("listAuditEvents", () => {
  it("lists the agency's events newest first in the SPEC §9 shape", async () => {
    const { items } = await listAuditEvents(owner, { limit: 3 });
    expect(items[0].seq).toBeGreaterThan(items[1].seq);
    expect(items[0]).toMatchObject({
      id: expect.any(String),
      seq: expect.any(Number),
      occurredAt: expect.stringMatching(/Z$/),
      action: "client_portal_suspended",
      actor: { type: "user", id: expect.any(String), email: "owner@acme.test" },
      target: { type: "client", id: brightId },
      clientId: brightId,
      clientName: "Bright Dental",
      outcome: "success",
      ip: "127.0.0.1",
      userAgent: "vitest",
      details: { n: 6 },
    });
  });

  it("pages with a keyset cursor without gaps or repeats", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(owner, {
        action: "client_permissions_change",
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((e) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect(new Set(seen).size).toBe(5);
  });

  it("filters by action, actor email (any case), client and date range; blanks mean no filter", async () => {
    expect((await listAuditEvents(owner, { action: "client_portal_suspended" })).items).toHaveLength(2);
    const byAdmin = await listAuditEvents(owner, { actor: "ADMIN@acme.test", clientId: brightId });
    expect(byAdmin.items.map((e) => e.details.n)).toEqual([5, 3, 1]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(owner, { clientId: brightId, from: today, to: today })).items).toHaveLength(7);
    expect((await listAuditEvents(owner, { clientId: brightId, to: "2000-01-01" })).items).toHaveLength(0);
    expect((await listAuditEvents(owner, { action: "", actor: "", clientId: brightId })).items).toHaveLength(7);
  });

  it("refuses malformed filters with 422 naming the field", async () => {
    await expect(listAuditEvents(owner, { action: "drop_tables" })).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("action"),
    });
    await expect(listAuditEvents(owner, { from: "yesterday-ish" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(listAuditEvents(owner, { cursor: "1 or 1=1" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("shows only the caller's agency: another agency's client id finds nothing", async () => {
    const globex = await staffFor("owner@globex.test");
    const mine = await listAuditEvents(globex, { limit: 200 });
    const db = await getDb();
    const globexRows = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.agencyId, globex.agencyId))
      .orderBy(desc(auditEvents.seq));
    expect(mine.items.map((e) => e.id)).toEqual(globexRows.map((r) => r.id));
    expect(mine.items[0]).toMatchObject({
      action: "client_permissions_change",
      actor: { email: "owner@globex.test" },
      details: { globex: true },
    });
    expect((await listAuditEvents(globex, { clientId: brightId })).items).toEqual([]);
  });

  it("is for owners and admins: manager and member 403, client users 404", async () => {
    const asAdmin = await listAuditEvents(await staffFor("admin@acme.test"), { clientId: brightId });
    expect(asAdmin.items.map((e) => e.details.n)).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(asAdmin).toEqual(await listAuditEvents(owner, { clientId: brightId }));
    await expect(listAuditEvents(await staffFor("manager@acme.test"), {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents(await staffFor("member@acme.test"), {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents(await clientUserFor("admin@brightdental.test"), {})).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
