import { InvoiceStatusBadge } from "@/components/portal/billing/invoice-status-badge";
import { LocalTime } from "@/components/portal/local-time";
import type { InvoiceDto } from "@/lib/dal/billing/invoice-dto";
import { formatCents } from "@/lib/billing/money";

/** The unpaid invoice due soonest (an overdue one first by its date), or that nothing is due. */
export function NextInvoice({ invoices }: { invoices: InvoiceDto[] }) {
  const due = invoices.filter((i) => i.status !== "paid").sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  if (!due)
    return (
      <p className="text-sm text-muted-foreground" data-testid="next-invoice-none">
        Nothing due. Every invoice is paid.
      </p>
    );
  return (
    <div className="space-y-1 text-sm" data-testid="next-invoice">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-2xl font-semibold tabular-nums">{formatCents(due.totalCents)}</span>
        <InvoiceStatusBadge status={due.status} />
      </p>
      <p className="text-muted-foreground">
        Invoice {due.number}, due <LocalTime iso={due.dueAt} dateOnly />
      </p>
    </div>
  );
}
