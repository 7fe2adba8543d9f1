import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { invoiceLines, invoices } from "@/db/schema";
import type { Actor, ClientActor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { toInvoiceDto, type InvoiceDto, type InvoiceLineDto } from "./invoice-dto";

export type InvoiceDetailDto = InvoiceDto & { lines: InvoiceLineDto[] };

/** One of the viewer's client's invoices with its lines; any other invoice is not found. */
export async function getInvoice(actor: Actor, invoiceId: string): Promise<InvoiceDetailDto> {
  const client = requireClient(actor, "billing.read");
  return withTenant(client.agencyId, (db) => loadInvoice(db, client, invoiceId));
}

export async function loadInvoice(db: Queryable, client: ClientActor, invoiceId: string): Promise<InvoiceDetailDto> {
  if (!isUuid(invoiceId)) throw notFound("Invoice not found");
  const [row] = await db
    .select()
    .from(invoices)
    .where(
      and(eq(invoices.agencyId, client.agencyId), eq(invoices.clientId, client.clientId), eq(invoices.id, invoiceId)),
    );
  if (!row) throw notFound("Invoice not found");
  const lines = await db
    .select({
      description: invoiceLines.description,
      quantity: invoiceLines.quantity,
      unitCents: invoiceLines.unitCents,
      amountCents: invoiceLines.amountCents,
    })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, row.id))
    .orderBy(desc(invoiceLines.amountCents), asc(invoiceLines.description));
  return { ...toInvoiceDto(row), lines };
}
