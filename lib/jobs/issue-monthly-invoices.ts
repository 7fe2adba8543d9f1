import "server-only";
import { and, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, aiAgents, calls, clients, invoices } from "@/db/schema";
import { invoiceCharges, periodLabel } from "@/lib/billing/invoice-charges";
import { issueInvoice } from "@/lib/dal/internal/issue-invoice";
import { addDays, dayKeyIn, monthStart, startOfDayIn } from "@/lib/time-zones/zoned-day";

const DAY_MS = 86_400_000;
/** Payment terms of the invoices this job issues (clients carry no terms of their own yet). */
export const PAYMENT_TERMS_DAYS = 14;

/**
 * Issues, for every client, the invoice of the last calendar month that ended in the client's time
 * zone (its own, else its agency's), if it has none yet: minutes of that month's calls (per started
 * minute), a fee per billable agent and, on a first invoice, onboarding — the lines the billing page
 * shows (lib/billing/invoice-charges.ts) — under the client's next gapless number.
 *
 * Idempotent per client and month, and safe to run from several instances at once: each client is
 * issued in its own transaction that first locks the client's row, then looks for the month's
 * invoice, so a second runner waits, sees it and skips. A client with no call in the month and no
 * billable agent gets no invoice (nothing to bill; no onboarding fee for an idle client).
 */
export async function issueMonthlyInvoices(db: Db, now = new Date()) {
  const candidates = await db
    .select({
      clientId: clients.id,
      agencyId: clients.agencyId,
      slug: agencies.slug,
      zone: sql<string>`coalesce(${clients.timeZone}, ${agencies.timeZone})`,
      createdAt: clients.createdAt,
      archivedAt: clients.archivedAt,
    })
    .from(clients)
    .innerJoin(agencies, eq(agencies.id, clients.agencyId));

  let issued = 0;
  for (const c of candidates) {
    const periodStart = monthStart(dayKeyIn(now, c.zone), -1);
    const start = startOfDayIn(periodStart, c.zone);
    const end = startOfDayIn(monthStart(periodStart, 1), c.zone);
    // Not a client during that month (created after it, or archived before it began).
    if (c.createdAt >= end || (c.archivedAt && c.archivedAt <= start)) continue;
    const done = await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ rate: clients.ratePerMinuteCents, invoicesSoFar: clients.lastInvoiceSequence })
        .from(clients)
        .where(eq(clients.id, c.clientId))
        .for("update");
      const [existing] = await tx
        .select({ id: invoices.id })
        .from(invoices)
        .where(and(eq(invoices.clientId, c.clientId), eq(invoices.periodStart, periodStart)));
      if (!locked || existing) return false;

      const [usage] = await tx
        .select({
          minutes: sql<string>`coalesce(sum(ceil(${calls.durationSeconds} / 60.0)), 0)`,
          calls: sql<string>`count(*)`,
        })
        .from(calls)
        .where(
          and(
            eq(calls.agencyId, c.agencyId),
            eq(calls.clientId, c.clientId),
            gte(calls.startedAt, start),
            lt(calls.startedAt, end),
          ),
        );
      const [agents] = await tx
        .select({ n: sql<string>`count(*)` })
        .from(aiAgents)
        .where(and(eq(aiAgents.clientId, c.clientId), ne(aiAgents.status, "draft")));
      const minutes = Number(usage.minutes);
      if (Number(usage.calls) === 0 && Number(agents.n) === 0) return false;

      const { lines } = invoiceCharges({
        minutes,
        ratePerMinuteCents: locked.rate,
        billableAgents: Number(agents.n),
        periodLabel: periodLabel(periodStart),
        first: locked.invoicesSoFar === 0,
      });
      await issueInvoice(tx, {
        agencyId: c.agencyId,
        clientId: c.clientId,
        numberPrefix: c.slug.toUpperCase(),
        periodStart,
        periodEnd: addDays(monthStart(periodStart, 1), -1),
        status: "open",
        minutes,
        issuedAt: now,
        dueAt: new Date(now.getTime() + PAYMENT_TERMS_DAYS * DAY_MS),
        lines,
      });
      return true;
    });
    if (done) issued++;
  }
  return { issued };
}
