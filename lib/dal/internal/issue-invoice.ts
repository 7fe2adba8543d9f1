import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { clients, invoiceLines, invoices } from "@/db/schema";
import type { ChargeLine } from "@/lib/billing/invoice-charges";

type NewInvoice = Omit<typeof invoices.$inferInsert, "id" | "number" | "sequence" | "totalCents">;

/**
 * Inserts an invoice with its lines under the client's next number. The number comes from
 * raising clients.last_invoice_sequence in the caller's transaction: the row lock makes two
 * concurrent issues take turns, and a rollback gives the number back, so a client's numbers run
 * 1, 2, 3 … with no gap (a database sequence would lose numbers to rollbacks).
 */
export async function issueInvoice(tx: Tx, input: NewInvoice & { numberPrefix: string; lines: ChargeLine[] }) {
  const [counter] = await tx
    .update(clients)
    .set({ lastInvoiceSequence: sql`${clients.lastInvoiceSequence} + 1` })
    .where(and(eq(clients.agencyId, input.agencyId), eq(clients.id, input.clientId)))
    .returning({ sequence: clients.lastInvoiceSequence });
  if (!counter) throw new Error("issueInvoice: no such client in this agency");
  const { numberPrefix, lines, ...invoice } = input;
  const number = `${numberPrefix}-${invoice.issuedAt.getUTCFullYear()}-${String(counter.sequence).padStart(4, "0")}`;
  const [row] = await tx
    .insert(invoices)
    .values({
      ...invoice,
      number,
      sequence: counter.sequence,
      totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    })
    .returning({ id: invoices.id, number: invoices.number, sequence: invoices.sequence });
  await tx.insert(invoiceLines).values(
    lines.map((l) => ({
      invoiceId: row.id,
      description: l.description,
      quantity: l.quantity,
      unitCents: l.unitCents,
      amountCents: l.amountCents,
    })),
  );
  return row;
}
