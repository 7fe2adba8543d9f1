import { formatDuration, formatPercent } from "@/components/portal/calls/call-labels";

/** Formatters by name: server components pass the name, since functions cannot cross to the client. */
export type ValueFormat = "count" | "percent" | "duration";

export function formatValue(format: ValueFormat, value: number | string): string {
  const n = Number(value);
  if (format === "percent") return formatPercent(n);
  if (format === "duration") return formatDuration(Math.round(n));
  return count.format(n);
}

// Built once: constructing an Intl formatter costs far more than using one.
const count = new Intl.NumberFormat("en-US");
const dayLabel = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** "2026-03-04" → "Mar 4" (UTC, as the days are). */
export function formatDay(day: string): string {
  return dayLabel.format(new Date(`${day}T00:00:00Z`));
}
