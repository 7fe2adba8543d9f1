// Built once: constructing an Intl formatter costs far more than using one.
const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const mediumDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** Cents as dollars, e.g. 123456 → "$1,234.56"; rates keep their fraction of a cent visible. */
export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

export function formatRate(centsPerMinute: number): string {
  return `${formatCents(centsPerMinute)} / min`;
}

export function formatPeriod(start: string, end: string): string {
  const fmt = (iso: string) => mediumDate.format(new Date(`${iso}T00:00:00Z`));
  return `${fmt(start)} – ${fmt(end)}`;
}

export const INVOICE_STATUS_LABELS = { paid: "Paid", open: "Open", overdue: "Overdue" } as const;
