import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { clients, invoices } from "@/db/schema";
import { clientUserFor } from "@/db/testing/actor-for";
import { getBilling } from "./get-billing";
import { getInvoice } from "./get-invoice";
import { issueInvoice } from "@/lib/dal/internal/issue-invoice";

const lineKey = (l: { description: string; quantity: number; unitCents: number; amountCents: number }) =>
  `${l.description}|${l.quantity}|${l.unitCents}|${l.amountCents}`;

describe("billing page and invoices add up", () => {
  it("shows, for an invoiced month, exactly the lines and total of that month's invoice", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const { invoices: list } = await getBilling(admin);
    const latest = await getInvoice(admin, list[0].id);
    // The billing page as it looked during that month.
    const during = await getBilling(admin, new Date(`${latest.periodStart}T12:00:00Z`));
    expect(during.period).toEqual({ start: latest.periodStart, end: latest.periodEnd });
    expect(during.usage.minutes).toBe(latest.minutes);
    expect(during.charges.lines.map(lineKey).sort()).toEqual(latest.lines.map(lineKey).sort());
    expect(during.charges.totalCents).toBe(latest.totalCents);
    // The per-agent fee is part of what the page counts, not only minutes × rate.
    expect(during.charges.lines.find((l) => l.kind === "agents")!.amountCents).toBeGreaterThan(0);
    expect(during.charges.totalCents).toBeGreaterThan(during.usage.minutes * during.ratePerMinuteCents);
  });

  it("projects the period's total from the pace so far, never below the charges so far", async () => {
    const billing = await getBilling(await clientUserFor("admin@summitlegal.test"));
    expect(billing.projected.totalCents).toBeGreaterThanOrEqual(billing.charges.totalCents);
    const agents = (b: typeof billing.charges) => b.lines.find((l) => l.kind === "agents")!.amountCents;
    expect(agents(billing.projected)).toBe(agents(billing.charges));
  });

  it("takes the period from the client's time zone", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    // 12:00 UTC on 31 March is already 1 April in Kiritimati (UTC+14).
    expect(
      (await getBilling({ ...admin, timeZone: "Pacific/Kiritimati" }, new Date("2026-03-31T12:00:00Z"))).period,
    ).toEqual({ start: "2026-04-01", end: "2026-04-30" });
    expect((await getBilling(admin, new Date("2026-03-31T12:00:00Z"))).period).toEqual({
      start: "2026-03-01",
      end: "2026-03-31",
    });
  });
});

describe("invoice numbers per client", () => {
  it("run 1, 2, 3 … per client with no gap, and a rolled-back issue gives its number back", async () => {
    const db = await getDb();
    const admin = await clientUserFor("admin@summitlegal.test");
    const seeded = await db
      .select({ number: invoices.number, sequence: invoices.sequence })
      .from(invoices)
      .where(eq(invoices.clientId, admin.clientId))
      .orderBy(asc(invoices.issuedAt));
    expect(seeded.map((i) => i.sequence)).toEqual([1, 2, 3]);
    expect(seeded.map((i) => i.number.slice(-4))).toEqual(["0001", "0002", "0003"]);

    const draft = {
      agencyId: admin.agencyId,
      clientId: admin.clientId,
      numberPrefix: "ACME",
      periodStart: "2026-04-01",
      periodEnd: "2026-04-30",
      status: "open" as const,
      minutes: 1,
      issuedAt: new Date("2026-05-01T06:00:00Z"),
      dueAt: new Date("2026-05-15T06:00:00Z"),
      lines: [
        {
          kind: "minutes" as const,
          description: "Voice AI minutes, April 2026",
          quantity: 1,
          unitCents: 15,
          amountCents: 15,
        },
      ],
    };
    await expect(
      db.transaction(async (tx) => {
        await issueInvoice(tx, draft);
        throw new Error("the batch failed");
      }),
    ).rejects.toThrow("the batch failed");
    const [issued] = await Promise.all([db.transaction((tx) => issueInvoice(tx, draft))]);
    expect(issued).toMatchObject({ sequence: 4, number: "ACME-2026-0004" });
    const [counter] = await db
      .select({ last: clients.lastInvoiceSequence })
      .from(clients)
      .where(eq(clients.id, admin.clientId));
    expect(counter.last).toBe(4);
    // Concurrent issues take turns on the client's row: distinct, consecutive numbers.
    const both = await Promise.all([
      db.transaction((tx) => issueInvoice(tx, draft)),
      db.transaction((tx) => issueInvoice(tx, draft)),
    ]);
    expect(both.map((i) => i.sequence).sort()).toEqual([5, 6]);
  });
});
