import { Badge } from "@/components/ui/badge";
import { INVOICE_STATUS_LABELS } from "@/lib/billing/money";

const VARIANT = { paid: "success", open: "secondary", overdue: "destructive" } as const;

export function InvoiceStatusBadge({ status }: { status: keyof typeof INVOICE_STATUS_LABELS }) {
  return (
    <Badge variant={VARIANT[status]} data-testid="invoice-status">
      {INVOICE_STATUS_LABELS[status]}
    </Badge>
  );
}
