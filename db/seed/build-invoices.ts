import type { invoices } from "@/db/schema";
import { invoiceCharges, periodLabel, type ChargeLine } from "@/lib/billing/invoice-charges";
import type { NewCall } from "./build-call";
import type { DemoClient } from "./demo-types";

type NewInvoice = Omit<typeof invoices.$inferInsert, "id" | "number" | "sequence" | "totalCents">;
export type InvoiceDraft = { invoice: NewInvoice; lines: ChargeLine[] };

const MONTHS = 3;
const DAY_MS = 86_400_000;

type InvoiceInput = {
  agencyId: string;
  clientId: string;
  client: DemoClient;
  agentCount: number;
  calls: NewCall[];
  dayStart: Date;
};

/**
 * Invoices for the three calendar months before `dayStart`'s month, oldest first (the order
 * their numbers are handed out in). Minutes come from that month's seeded calls (per started
 * minute, like costCents), charged by the same function the billing page uses, so usage, spend
 * and invoices agree. The demo clients keep the agency's zone, UTC, so months are UTC months.
 */
export function buildInvoices(input: InvoiceInput): InvoiceDraft[] {
  const year = input.dayStart.getUTCFullYear();
  const month = input.dayStart.getUTCMonth();
  return Array.from({ length: MONTHS }, (_, i) => {
    const start = new Date(Date.UTC(year, month - MONTHS + i, 1));
    const end = new Date(Date.UTC(year, month - MONTHS + i + 1, 1));
    const minutes = input.calls
      .filter((c) => c.startedAt >= start && c.startedAt < end)
      .reduce((sum, c) => sum + Math.ceil(c.durationSeconds / 60), 0);
    const { lines } = invoiceCharges({
      minutes,
      ratePerMinuteCents: input.client.ratePerMinuteCents,
      billableAgents: input.agentCount,
      periodLabel: periodLabel(isoDate(start)),
      first: i === 0,
    });
    const issuedAt = new Date(end.getTime() + 6 * 3_600_000);
    const dueAt = new Date(issuedAt.getTime() + input.client.paymentTermsDays * DAY_MS);
    const latest = i === MONTHS - 1;
    return {
      invoice: {
        agencyId: input.agencyId,
        clientId: input.clientId,
        periodStart: isoDate(start),
        periodEnd: isoDate(new Date(end.getTime() - DAY_MS)),
        status: !latest ? "paid" : dueAt <= input.dayStart ? "overdue" : "open",
        minutes,
        issuedAt,
        dueAt,
      },
      lines,
    };
  });
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
