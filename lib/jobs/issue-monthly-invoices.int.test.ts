import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { clients, invoices } from "@/db/schema";
import { clientUserFor } from "@/db/testing/actor-for";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { getInvoice } from "@/lib/dal/billing/get-invoice";
import { issueMonthlyInvoices, PAYMENT_TERMS_DAYS } from "./issue-monthly-invoices";

const lineKey = (l: { description: string; quantity: number; unitCents: number; amountCents: number }) =>
  `${l.description}|${l.quantity}|${l.unitCents}|${l.amountCents}`;

/** The first instant of the month `months` after the current UTC month, plus an hour. */
function monthsAhead(months: number) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1, 1));
}

async function invoicesFor(periodStart: string) {
  const db = await getDb();
  return db
    .select({ id: invoices.id, clientId: invoices.clientId, number: invoices.number, sequence: invoices.sequence })
    .from(invoices)
    .where(eq(invoices.periodStart, periodStart));
}

describe("issueMonthlyInvoices", () => {
  it("issues last month's invoice once per client, matching the billing page, and never twice", async () => {
    const db = await getDb();
    // The seed already invoiced the month before this one: nothing to do now.
    expect(await issueMonthlyInvoices(db)).toEqual({ issued: 0 });

    const firstOfNext = monthsAhead(1);
    const period = new Date(Date.UTC(firstOfNext.getUTCFullYear(), firstOfNext.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    const { issued } = await issueMonthlyInvoices(db, firstOfNext);
    expect(issued).toBeGreaterThan(1);
    const issuedRows = await invoicesFor(period);
    expect(issuedRows).toHaveLength(issued);
    expect(new Set(issuedRows.map((r) => r.clientId)).size).toBe(issued);

    // Running again, the same hour or days later, adds nothing.
    expect(await issueMonthlyInvoices(db, firstOfNext)).toEqual({ issued: 0 });
    expect(await issueMonthlyInvoices(db, new Date(firstOfNext.getTime() + 5 * 86_400_000))).toEqual({ issued: 0 });
    expect(await invoicesFor(period)).toHaveLength(issued);

    // The invoice charges what the billing page showed for that month, under the next number.
    const admin = await clientUserFor("admin@summitlegal.test");
    const mine = issuedRows.find((r) => r.clientId === admin.clientId)!;
    // Numbered by the year it is issued in, like every invoice (lib/dal/internal/issue-invoice.ts).
    expect(mine).toMatchObject({ sequence: 4, number: `ACME-${firstOfNext.getUTCFullYear()}-0004` });
    const invoice = await getInvoice(admin, mine.id);
    const during = await getBilling(admin, new Date(`${period}T12:00:00Z`));
    expect(invoice.lines.map(lineKey).sort()).toEqual(during.charges.lines.map(lineKey).sort());
    expect(invoice).toMatchObject({
      periodStart: period,
      minutes: during.usage.minutes,
      totalCents: during.charges.totalCents,
      status: "open",
    });
    expect(new Date(invoice.dueAt).getTime() - new Date(invoice.issuedAt).getTime()).toBe(
      PAYMENT_TERMS_DAYS * 86_400_000,
    );
  });

  it("gives each client one invoice when two runners issue the same month at once", async () => {
    const db = await getDb();
    const firstOfNext = monthsAhead(2);
    const period = new Date(Date.UTC(firstOfNext.getUTCFullYear(), firstOfNext.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    const [one, two] = await Promise.all([
      issueMonthlyInvoices(db, firstOfNext),
      issueMonthlyInvoices(db, firstOfNext),
    ]);
    const rows = await invoicesFor(period);
    expect(one.issued + two.issued).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.clientId)).size).toBe(rows.length);
    // Numbers stay gapless per client: each client's sequences are 1..n.
    const clientIds = rows.map((r) => r.clientId);
    const all = await db
      .select({ clientId: invoices.clientId, sequence: invoices.sequence })
      .from(invoices)
      .where(inArray(invoices.clientId, clientIds))
      .orderBy(asc(invoices.sequence));
    for (const id of clientIds) {
      const seqs = all.filter((r) => r.clientId === id).map((r) => r.sequence);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it("closes a month by the client's own time zone, and skips clients that did not exist then", async () => {
    const db = await getDb();
    const admin = await clientUserFor("admin@summitlegal.test");
    const firstOfNext = monthsAhead(3);
    const lastDayNoon = new Date(firstOfNext.getTime() - 13 * 3_600_000); // 12:00 UTC on the month's last day
    const period = new Date(Date.UTC(firstOfNext.getUTCFullYear(), firstOfNext.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    await db.update(clients).set({ timeZone: "Pacific/Kiritimati" }).where(eq(clients.id, admin.clientId));
    const [fresh] = await db
      .insert(clients)
      .values({ agencyId: admin.agencyId, name: "Opened later", permissions: {} as never, createdAt: firstOfNext })
      .returning({ id: clients.id });
    // Already the 1st in Kiritimati (UTC+14), still the last day in UTC.
    expect(await issueMonthlyInvoices(db, lastDayNoon)).toEqual({ issued: 1 });
    expect((await invoicesFor(period)).map((r) => r.clientId)).toEqual([admin.clientId]);
    await issueMonthlyInvoices(db, firstOfNext);
    const after = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.clientId, fresh.id)));
    expect(after).toEqual([]);
  });
});
