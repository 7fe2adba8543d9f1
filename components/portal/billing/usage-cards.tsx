import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCents, formatPeriod, formatRate } from "@/lib/billing/money";
import type { BillingDto } from "@/lib/dal/billing/get-billing";

function change(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? "Same as last month" : "No usage last month";
  const pct = Math.round(((current - previous) / previous) * 100);
  return `${pct >= 0 ? "+" : ""}${pct}% against all of last month`;
}

/**
 * Rate, usage, the period's charges so far and the projected bill. The charges are the lines
 * the invoice will carry (minutes × rate, the per-agent fee…), so the figures add up to it.
 */
export function UsageCards({ billing }: { billing: BillingDto }) {
  const minutesLine = billing.charges.lines.find((l) => l.kind === "minutes");
  const projectedMinutes = billing.projected.lines.find((l) => l.kind === "minutes")?.quantity ?? 0;
  const cards = [
    {
      id: "rate",
      label: "Rate",
      value: formatRate(billing.ratePerMinuteCents),
      note: "Per started minute of call time",
    },
    {
      id: "minutes",
      label: "Minutes this period",
      value: billing.usage.minutes.toLocaleString("en-US"),
      note: change(billing.usage.minutes, billing.previousPeriod.minutes),
    },
    {
      id: "spend",
      label: "Spend this period",
      value: formatCents(billing.charges.totalCents),
      note: `So far, ${formatPeriod(billing.period.start, billing.period.end)}`,
    },
    {
      id: "projected",
      label: "Projected total",
      value: formatCents(billing.projected.totalCents),
      note: `At this pace: ${projectedMinutes.toLocaleString("en-US")} minutes by the end of the period`,
    },
  ];
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="usage-cards">
        {cards.map((c) => (
          <Card key={c.id} className="gap-2" data-testid={`usage-${c.id}`}>
            <CardHeader>
              <CardDescription>{c.label}</CardDescription>
              <CardTitle className="text-2xl tabular-nums">{c.value}</CardTitle>
              <p className="text-xs text-muted-foreground">{c.note}</p>
            </CardHeader>
          </Card>
        ))}
      </div>
      <Card className="gap-2" data-testid="period-charges">
        <CardHeader>
          <CardDescription>What this period&apos;s invoice charges so far</CardDescription>
        </CardHeader>
        <dl className="grid gap-1 px-6 text-sm">
          {billing.charges.lines.map((l) => (
            <div key={l.kind} className="flex flex-wrap justify-between gap-x-4" data-testid={`charge-${l.kind}`}>
              <dt>
                {l.description}
                <span className="text-muted-foreground">
                  {" "}
                  · {l.quantity.toLocaleString("en-US")} × {formatCents(l.unitCents)}
                </span>
              </dt>
              <dd className="tabular-nums">{formatCents(l.amountCents)}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-x-4 border-t pt-1 font-medium">
            <dt>Total so far{minutesLine ? ` (${minutesLine.quantity.toLocaleString("en-US")} minutes)` : ""}</dt>
            <dd className="tabular-nums" data-testid="charges-total">
              {formatCents(billing.charges.totalCents)}
            </dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}
