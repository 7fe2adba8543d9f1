import { and, eq, gte, sql } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, calls, clients, invoices } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { getBilling } from "./get-billing";
import { getInvoice } from "./get-invoice";
import { renderInvoicePdf } from "./render-invoice-pdf";

const failsWith = async (work: Promise<unknown>, status: number) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
};

async function invoiceOf(clientName: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .innerJoin(clients, eq(clients.id, invoices.clientId))
    .where(eq(clients.name, clientName))
    .limit(1);
  return row.id;
}

const downloads = async () =>
  (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, "invoice_download"));

describe("getBilling", () => {
  it("gives the Summit Legal admin its rate, this month's usage from its calls, and its invoices", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const billing = await getBilling(admin);
    expect(billing.ratePerMinuteCents).toBe(15);

    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const rows = await (
      await getDb()
    )
      .select({ duration: calls.durationSeconds, cost: calls.costCents })
      .from(calls)
      .where(
        and(
          eq(calls.clientId, admin.clientId),
          gte(calls.startedAt, start),
          sql`${calls.startedAt} < now() + interval '40 days'`,
        ),
      );
    expect(billing.usage.calls).toBe(rows.length);
    expect(billing.usage.minutes).toBe(rows.reduce((s, r) => s + Math.ceil(r.duration / 60), 0));
    expect(billing.usage.spendCents).toBe(rows.reduce((s, r) => s + r.cost, 0));
    expect(billing.period.start).toBe(start.toISOString().slice(0, 10));

    expect(billing.invoices).toHaveLength(3);
    expect(billing.invoices.map((i) => i.issuedAt)).toEqual(
      [...billing.invoices.map((i) => i.issuedAt)].sort().reverse(),
    );
    expect(new Set(billing.invoices.map((i) => i.status))).toEqual(new Set(["paid", billing.invoices[0].status]));
  });

  it("is forbidden to a supervisor and to the admin of a client without manage_billing", async () => {
    await failsWith(getBilling(await clientUserFor("supervisor@brightdental.test")), 403);
    await failsWith(getBilling(await clientUserFor("admin@brightdental.test")), 403);
    await failsWith(getBilling(await staffFor("owner@acme.test")), 404);
  });
});

describe("invoices", () => {
  it("opens its own invoice with lines; another client's or agency's invoice is not found", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const own = await getInvoice(admin, await invoiceOf("Summit Legal"));
    expect(own.lines.length).toBeGreaterThanOrEqual(2);
    expect(own.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(own.totalCents);
    await failsWith(getInvoice(admin, await invoiceOf("Bright Dental")), 404);
    await failsWith(getInvoice(admin, await invoiceOf("Globex Dental")), 404);
    await failsWith(getInvoice(admin, "nope"), 404);
  });

  it("renders an agency-branded PDF and audits exactly one invoice_download", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await invoiceOf("Summit Legal");
    const before = (await downloads()).length;
    const { fileName, bytes } = await renderInvoicePdf(admin, id);
    expect(fileName).toMatch(/^ACME-\d{4}-\d{4}\.pdf$/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getAuthor()).toBe("Acme Voice");
    expect(doc.getProducer()).toBe("Acme Voice");
    expect(Buffer.from(bytes).toString("latin1")).not.toMatch(/switchboard/i);
    const rows = await downloads();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ targetId: id, clientId: admin.clientId, actorEmail: "admin@summitlegal.test" });
  });

  it("refuses another client's PDF with 404 and audits nothing", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const before = (await downloads()).length;
    await failsWith(renderInvoicePdf(admin, await invoiceOf("Bright Dental")), 404);
    await failsWith(
      renderInvoicePdf(await clientUserFor("supervisor@brightdental.test"), await invoiceOf("Bright Dental")),
      403,
    );
    expect(await downloads()).toHaveLength(before);
  });
});
