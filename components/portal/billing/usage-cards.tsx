import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCents, formatPeriod, formatRate } from "@/lib/billing/money";
import type { BillingDto } from "@/lib/dal/billing/get-billing";

function change(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? "Same as last month" : "No usage last month";
  const pct = Math.round(((current - previous) / previous) * 100);
  return `${pct >= 0 ? "+" : ""}${pct}% against all of last month`;
}

/** Rate, usage and spend for the current period. */
export function UsageCards({ billing }: { billing: BillingDto }) {
  const cards = [
    { label: "Rate", value: formatRate(billing.ratePerMinuteCents), note: "Per started minute of call time" },
    { label: "Minutes this period", value: billing.usage.minutes.toLocaleString("en-US"), note: change(billing.usage.minutes, billing.previousPeriod.minutes) },
    { label: "Spend this period", value: formatCents(billing.usage.spendCents), note: `Usage so far, ${formatPeriod(billing.period.start, billing.period.end)}` },
    { label: "Calls this period", value: billing.usage.calls.toLocaleString("en-US"), note: "Across your agents" },
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="usage-cards">
      {cards.map((c) => (
        <Card key={c.label} className="gap-2">
          <CardHeader>
            <CardDescription>{c.label}</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{c.value}</CardTitle>
            <p className="text-xs text-muted-foreground">{c.note}</p>
          </CardHeader>
        </Card>
      ))}
    </div>
  );
}
