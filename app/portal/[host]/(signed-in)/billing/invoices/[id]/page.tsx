import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { DownloadInvoiceButton } from "@/components/portal/billing/download-invoice-button";
import { InvoiceStatusBadge } from "@/components/portal/billing/invoice-status-badge";
import { LocalTime } from "@/components/portal/local-time";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCents, formatPeriod } from "@/lib/billing/money";
import { getInvoice } from "@/lib/dal/billing/get-invoice";
import { pageData } from "@/lib/pages/page-data";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const invoice = await pageData(getInvoice(await requirePortalActor("billing.read"), (await params).id));
  return { title: `Invoice ${invoice.number}` };
}

export default async function InvoicePage({ params }: Props) {
  const actor = await requirePortalActor("billing.read");
  const invoice = await pageData(getInvoice(actor, (await params).id));
  const facts = [
    ["Billed to", actor.clientName],
    ["Period", formatPeriod(invoice.periodStart, invoice.periodEnd)],
    ["Issued", <LocalTime key="issued" iso={invoice.issuedAt} dateOnly />],
    ["Due", <LocalTime key="due" iso={invoice.dueAt} dateOnly />],
  ] as const;
  return (
    <div className="space-y-6">
      <Link
        href="/billing"
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> Billing
      </Link>
      <PageHeader
        title={`Invoice ${invoice.number}`}
        description={`From ${actor.agencyName}`}
        actions={<DownloadInvoiceButton href={invoice.pdfUrl} number={invoice.number} size="default" />}
      >
        <div className="pt-1">
          <InvoiceStatusBadge status={invoice.status} />
        </div>
      </PageHeader>
      <Card>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-4">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-muted-foreground">{label}</dt>
                <dd className="text-sm font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <div className="rounded-lg border">
        <Table data-testid="invoice-lines">
          <TableHeader>
            <TableRow>
              <TableHead>Description</TableHead>
              <TableHead className="text-right">Quantity</TableHead>
              <TableHead className="hidden sm:table-cell text-right">Unit price</TableHead>
              <TableHead className="text-right">Amount</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invoice.lines.map((line) => (
              <TableRow key={line.description}>
                <TableCell className="whitespace-normal">{line.description}</TableCell>
                <TableCell className="text-right tabular-nums">{line.quantity.toLocaleString("en-US")}</TableCell>
                <TableCell className="hidden sm:table-cell text-right tabular-nums">
                  {formatCents(line.unitCents)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatCents(line.amountCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={3} className="hidden sm:table-cell font-semibold">
                Total
              </TableCell>
              <TableCell colSpan={2} className="sm:hidden font-semibold">
                Total
              </TableCell>
              <TableCell className="text-right font-semibold tabular-nums" data-testid="invoice-total">
                {formatCents(invoice.totalCents)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </div>
    </div>
  );
}
