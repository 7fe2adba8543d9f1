import { TrendingDown, TrendingUp } from "lucide-react";

/** "+12% vs last week" with an arrow; nothing to compare against is said as such. */
export function ChangeHint({ current, previous, period }: { current: number; previous: number; period: string }) {
  if (previous === 0) return <>{current ? `None the ${period} before` : `No calls the ${period} before either`}</>;
  const change = Math.round(((current - previous) / previous) * 100);
  const Icon = change >= 0 ? TrendingUp : TrendingDown;
  return (
    <span className="inline-flex items-center gap-1" data-testid="calls-change">
      <Icon className="size-3.5" aria-hidden />
      {change >= 0 ? "+" : ""}
      {change}% vs the {period} before ({previous.toLocaleString("en-US")})
    </span>
  );
}
