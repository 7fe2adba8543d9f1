import type { invoiceLines, invoices } from "@/db/schema";
import type { NewCall } from "./build-call";
import type { DemoClient } from "./demo-types";

type NewInvoice = Omit<typeof invoices.$inferInsert, "id">;
type NewLine = Omit<typeof invoiceLines.$inferInsert, "id" | "invoiceId">;
export type InvoiceDraft = { invoice: NewInvoice; lines: NewLine[] };

const MONTHS = 3;
const SUBSCRIPTION_CENTS_PER_AGENT = 2900;
const ONBOARDING_CENTS = 19900;
const DAY_MS = 86_400_000;

type InvoiceInput = {
  agencyId: string;
  clientId: string;
  client: DemoClient;
  /** Position among the agency's clients: invoice numbers run in issue order across clients. */
  clientIndex: number;
  clientCount: number;
  invoicePrefix: string;
  agentCount: number;
  calls: NewCall[];
  dayStart: Date;
};

/**
 * Invoices for the three calendar months before `dayStart`'s month. Minutes come from that
 * month's seeded calls (per started minute, like costCents), so usage, spend and invoices agree.
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
    const lines = invoiceLinesFor(input, start, minutes, i === 0);
    const issuedAt = new Date(end.getTime() + 6 * 3_600_000);
    const dueAt = new Date(issuedAt.getTime() + input.client.paymentTermsDays * DAY_MS);
    const latest = i === MONTHS - 1;
    const sequence = i * input.clientCount + input.clientIndex + 1;
    return {
      invoice: {
        agencyId: input.agencyId,
        clientId: input.clientId,
        number: `${input.invoicePrefix}-${issuedAt.getUTCFullYear()}-${String(sequence).padStart(4, "0")}`,
        periodStart: isoDate(start),
        periodEnd: isoDate(new Date(end.getTime() - DAY_MS)),
        status: !latest ? "paid" : dueAt <= input.dayStart ? "overdue" : "open",
        minutes,
        totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
        issuedAt,
        dueAt,
      },
      lines,
    };
  });
}

function invoiceLinesFor(input: InvoiceInput, start: Date, minutes: number, first: boolean): NewLine[] {
  const monthName = start.toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  const rate = input.client.ratePerMinuteCents;
  const lines: NewLine[] = [
    { description: `Voice AI minutes, ${monthName}`, quantity: minutes, unitCents: rate, amountCents: minutes * rate },
    {
      description: "AI agent subscription (per agent)",
      quantity: input.agentCount,
      unitCents: SUBSCRIPTION_CENTS_PER_AGENT,
      amountCents: input.agentCount * SUBSCRIPTION_CENTS_PER_AGENT,
    },
  ];
  if (first) lines.push({ description: "Onboarding and agent setup", quantity: 1, unitCents: ONBOARDING_CENTS, amountCents: ONBOARDING_CENTS });
  return lines;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
