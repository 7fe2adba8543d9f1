import "server-only";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls, clients, invoices } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleCallsWhere } from "@/lib/dal/calls/visible-calls-where";
import { notFound } from "@/lib/errors";
import { toInvoiceDto, type InvoiceDto } from "./invoice-dto";

export type BillingDto = {
  ratePerMinuteCents: number;
  currency: "USD";
  period: { start: string; end: string };
  usage: { calls: number; minutes: number; spendCents: number };
  previousPeriod: { minutes: number; spendCents: number };
  invoices: InvoiceDto[];
};

/**
 * This month's usage (calendar month, UTC) computed in SQL over the calls the viewer may see,
 * the client's rate, and its invoices newest first. Minutes are billed per started minute,
 * the same rule the invoices use.
 */
export async function getBilling(actor: Actor, now = new Date()): Promise<BillingDto> {
  const client = requireClient(actor, "billing.read");
  return withTenant(client.agencyId, async (db) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const previousStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));

    const [clientRow] = await db
      .select({ rate: clients.ratePerMinuteCents })
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

    return {
      ratePerMinuteCents: clientRow.rate,
      currency: "USD",
      period: { start: isoDate(start), end: isoDate(new Date(end.getTime() - 86_400_000)) },
      usage: { calls: Number(usage.calls), minutes: Number(usage.minutes), spendCents: Number(usage.spendCents) },
      previousPeriod: { minutes: Number(usage.previousMinutes), spendCents: Number(usage.previousSpendCents) },
      invoices: invoiceRows.map(toInvoiceDto),
    };
  });
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
