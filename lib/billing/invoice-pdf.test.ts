import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderInvoicePdfBytes, type InvoicePdfData } from "./invoice-pdf";

const DATA: InvoicePdfData = {
  agency: { name: "Acme Voice", primaryColor: "#2563eb", supportEmail: "support@acme.test", logo: null },
  client: { name: "Summit Legal 🏔" },
  invoice: {
    number: "ACME-2026-0002",
    status: "paid",
    periodStart: "2026-01-01",
    periodEnd: "2026-01-31",
    issuedAt: "2026-02-01T06:00:00Z",
    dueAt: "2026-03-03T06:00:00Z",
    totalCents: 12345,
  },
  lines: [
    { description: "Voice AI minutes, January 2026 – all agents", quantity: 500, unitCents: 15, amountCents: 7500 },
  ],
};

describe("renderInvoicePdfBytes", () => {
  it("makes a one-page PDF whose metadata names the agency, never a library or the platform", async () => {
    const bytes = await renderInvoicePdfBytes(DATA);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getProducer()).toBe("Acme Voice");
    expect(doc.getCreator()).toBe("Acme Voice");
    expect(doc.getTitle()).toContain("ACME-2026-0002");
    expect(Buffer.from(bytes).toString("latin1")).not.toMatch(/switchboard|pdf-lib/i);
  });
});
