import Link from "next/link";
import { Receipt } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCents, formatPeriod } from "@/lib/billing/money";
import type { InvoiceDto } from "@/lib/dal/billing/invoice-dto";
import { LocalTime } from "../local-time";
import { DownloadInvoiceButton } from "./download-invoice-button";
import { InvoiceStatusBadge } from "./invoice-status-badge";

export function InvoiceTable({ invoices }: { invoices: InvoiceDto[] }) {
  if (invoices.length === 0) {
    return (
      <EmptyState
        icon={Receipt}
        title="No invoices yet"
        description="Your first invoice appears here after your first full month."
      />
    );
  }
  return (
    <div className="rounded-lg border">
      <Table data-testid="invoice-table">
        <TableHeader>
          <TableRow>
            <TableHead>Invoice</TableHead>
            <TableHead className="hidden md:table-cell">Period</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden sm:table-cell text-right">Minutes</TableHead>
            <TableHead className="text-right">Total</TableHead>
            <TableHead className="hidden md:table-cell">Due</TableHead>
            <TableHead>
              <span className="sr-only">Download</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invoices.map((invoice) => (
            <TableRow key={invoice.id} data-testid="invoice-row">
              <TableCell className="font-medium">
                <Link href={`/billing/invoices/${invoice.id}`} className="underline-offset-4 hover:underline">
                  {invoice.number}
                </Link>
              </TableCell>
              <TableCell className="hidden md:table-cell text-sm">
                {formatPeriod(invoice.periodStart, invoice.periodEnd)}
              </TableCell>
              <TableCell>
                <InvoiceStatusBadge status={invoice.status} />
              </TableCell>
              <TableCell className="hidden sm:table-cell text-right tabular-nums">
                {invoice.minutes.toLocaleString("en-US")}
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatCents(invoice.totalCents)}</TableCell>
              <TableCell className="hidden md:table-cell text-sm">
                <LocalTime iso={invoice.dueAt} dateOnly />
              </TableCell>
              <TableCell className="text-right">
                <DownloadInvoiceButton href={invoice.pdfUrl} number={invoice.number} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
