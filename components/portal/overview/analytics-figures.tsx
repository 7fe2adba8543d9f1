import { formatPercent } from "@/components/portal/calls/call-labels";
import type { Analytics } from "@/lib/dal/calls/get-analytics";
import { StatCard } from "./stat-card";

/** Sentiment split and bookings over the last 7 days (the analytics section's figures). */
export function AnalyticsFigures({ analytics }: { analytics: Analytics }) {
  const { sentiment, totals } = analytics;
  const rated = sentiment.positive + sentiment.neutral + sentiment.negative;
  const share = (k: number) => (rated ? formatPercent(k / rated) : "—");
  return (
    <>
      <StatCard
        testId="overview-sentiment"
        label="Positive sentiment"
        href="/analytics?days=7"
        value={<span className="text-success">{share(sentiment.positive)}</span>}
        hint={`${share(sentiment.neutral)} neutral · ${share(sentiment.negative)} negative, last 7 days`}
      />
      <StatCard
        testId="overview-bookings"
        label="Bookings"
        value={totals.booked.toLocaleString("en-US")}
        href="/analytics?days=7"
        hint="Calls that ended in a booking, last 7 days"
      />
    </>
  );
}
