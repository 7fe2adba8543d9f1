import "server-only";
import { and, desc, eq, gte, lt, ne, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { aiAgents, calls, clients, invoices } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { invoiceCharges, periodLabel, projectedMinutes, type ChargeLine } from "@/lib/billing/invoice-charges";
import { visibleCallsWhere } from "@/lib/dal/calls/visible-calls-where";
import { notFound } from "@/lib/errors";
import { addDays, dayKeyIn, monthStart, startOfDayIn } from "@/lib/time-zones/zoned-day";
import { toInvoiceDto, type InvoiceDto } from "./invoice-dto";

type Charges = { lines: ChargeLine[]; totalCents: number };

export type BillingDto = {
  ratePerMinuteCents: number;
  currency: "USD";
  timeZone: string;
  period: { start: string; end: string };
  usage: { calls: number; minutes: number; spendCents: number };
  previousPeriod: { minutes: number; spendCents: number };
  /** What the period's invoice charges so far, line by line, the way the invoice will. */
  charges: Charges;
  /** The same with the minutes stretched over the whole period at the pace so far. */
  projected: Charges;
  invoices: InvoiceDto[];
};

/**
 * This month's usage (calendar month in the client's time zone) computed in SQL over the calls
 * the viewer may see, the client's rate, the period's charges by the function the invoices are
 * built with (minutes × rate, a fee per billable agent, onboarding on a first invoice), and its
 * invoices newest first. Minutes are billed per started minute, the same rule the invoices use.
 */
export async function getBilling(actor: Actor, now = new Date()): Promise<BillingDto> {
  const client = requireClient(actor, "billing.read");
  return withTenant(client.agencyId, async (db) => {
    const zone = client.timeZone;
    const firstDay = monthStart(dayKeyIn(now, zone));
    const start = startOfDayIn(firstDay, zone);
    const end = startOfDayIn(monthStart(firstDay, 1), zone);
    const previousStart = startOfDayIn(monthStart(firstDay, -1), zone);

    const [clientRow] = await db
      .select({
        rate: clients.ratePerMinuteCents,
        invoicesSoFar: clients.lastInvoiceSequence,
        billableAgents: sql<number>`(select count(*)::int from ${aiAgents} where ${and(eq(aiAgents.clientId, clients.id), ne(aiAgents.status, "draft"))})`,
      })
      .from(clients)
      .where(and(eq(clients.agencyId, client.agencyId), eq(clients.id, client.clientId)));
    if (!clientRow) throw notFound();

    const inPeriod = sql`${calls.startedAt} >= ${start.toISOString()}`;
    const [usage] = await db
      .select({
        calls: sql<string>`count(*) filter (where ${inPeriod})`,
        minutes: sql<string>`coalesce(sum(ceil(${calls.durationSeconds} / 60.0)) filter (where ${inPeriod}), 0)`,
        spendCents: sql<string>`coalesce(sum(${calls.costCents}) filter (where ${inPeriod}), 0)`,
        previousMinutes: sql<string>`coalesce(sum(ceil(${calls.durationSeconds} / 60.0)) filter (where not ${inPeriod}), 0)`,
        previousSpendCents: sql<string>`coalesce(sum(${calls.costCents}) filter (where not ${inPeriod}), 0)`,
      })
      .from(calls)
      .where(and(visibleCallsWhere(client), gte(calls.startedAt, previousStart), lt(calls.startedAt, end)));

    const invoiceRows = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.agencyId, client.agencyId), eq(invoices.clientId, client.clientId)))
      .orderBy(desc(invoices.issuedAt));

    const minutes = Number(usage.minutes);
    const chargesFor = (m: number) =>
      invoiceCharges({
        minutes: m,
        ratePerMinuteCents: clientRow.rate,
        billableAgents: Number(clientRow.billableAgents),
        periodLabel: periodLabel(firstDay),
        first: clientRow.invoicesSoFar === 0,
      });
    const periodMs = end.getTime() - start.getTime();
    return {
      ratePerMinuteCents: clientRow.rate,
      currency: "USD",
      timeZone: zone,
      period: { start: firstDay, end: addDays(monthStart(firstDay, 1), -1) },
      usage: { calls: Number(usage.calls), minutes, spendCents: Number(usage.spendCents) },
      previousPeriod: { minutes: Number(usage.previousMinutes), spendCents: Number(usage.previousSpendCents) },
      charges: chargesFor(minutes),
      projected: chargesFor(projectedMinutes(minutes, now.getTime() - start.getTime(), periodMs)),
      invoices: invoiceRows.map(toInvoiceDto),
    };
  });
}
