/** Cents as dollars, e.g. 123456 → "$1,234.56"; rates keep their fraction of a cent visible. */
export function formatCents(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}

export function formatRate(centsPerMinute: number): string {
  return `${formatCents(centsPerMinute)} / min`;
}

export function formatPeriod(start: string, end: string): string {
  const fmt = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  return `${fmt(start)} – ${fmt(end)}`;
}

export const INVOICE_STATUS_LABELS = { paid: "Paid", open: "Open", overdue: "Overdue" } as const;
