import "server-only";
import type { invoices, InvoiceStatus } from "@/db/schema";

type InvoiceRow = typeof invoices.$inferSelect;

export type InvoiceDto = {
  id: string;
  number: string;
  periodStart: string;
  periodEnd: string;
  status: InvoiceStatus;
  minutes: number;
  totalCents: number;
  issuedAt: string;
  dueAt: string;
  pdfUrl: string;
};

export type InvoiceLineDto = { description: string; quantity: number; unitCents: number; amountCents: number };

export function toInvoiceDto(row: InvoiceRow): InvoiceDto {
  return {
    id: row.id,
    number: row.number,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
    minutes: row.minutes,
    totalCents: row.totalCents,
    issuedAt: row.issuedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    pdfUrl: `/api/v1/portal/billing/invoices/${row.id}/pdf`,
  };
}
