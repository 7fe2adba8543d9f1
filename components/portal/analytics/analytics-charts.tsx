import { formatDuration, formatPercent, OUTCOME_LABELS, SENTIMENT_LABELS } from "@/components/portal/calls/call-labels";
import type { Analytics } from "@/lib/dal/calls/get-analytics";
import { BusiestHoursHeatmap } from "./busiest-hours-heatmap";
import { ChartCard } from "./chart-card";
import { DailyChart } from "./daily-chart";
import { OutcomesChart } from "./outcomes-chart";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const n = (value: number) => value.toLocaleString("en-US");

/** The six charts of SPEC §6, each with the totals behind it. */
export function AnalyticsCharts({ data }: { data: Analytics }) {
  const { totals, sentiment } = data;
  const withSentiment = sentiment.positive + sentiment.neutral + sentiment.negative;
  const busiest = data.busiestHours.reduce(
    (best, c) => (c.calls > (best?.calls ?? 0) ? c : best),
    null as null | (typeof data.busiestHours)[number],
  );
  const daily = data.perDay.map((d) => ({
    ...d,
    unanswered: d.calls - d.answered,
    // A day without answered calls has no average: a visible break in the line, not a zero.
    avgDurationSeconds: d.answered ? d.avgDurationSeconds : null,
    answerRate: d.calls ? d.answerRate : null,
  }));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2" data-testid="analytics-charts">
      <ChartCard
        testId="chart-volume"
        title="Calls per day"
        total={n(totals.calls)}
        description={`${n(totals.answered)} answered · ${n(totals.totalMinutes)} minutes in all`}
      >
        <DailyChart
          kind="bar"
          stacked
          label="Calls per day"
          data={daily}
          series={[
            { key: "answered", label: "Answered", color: "var(--chart-2)" },
            { key: "unanswered", label: "Not answered", color: "var(--chart-4)" },
          ]}
        />
      </ChartCard>
      <ChartCard
        testId="chart-answer-rate"
        title="Answer rate"
        total={formatPercent(totals.answerRate)}
        description={`${n(totals.answered)} of ${n(totals.calls)} calls completed`}
      >
        <DailyChart
          kind="line"
          format="percent"
          label="Answer rate per day"
          data={daily}
          series={[{ key: "answerRate", label: "Answer rate", color: "var(--chart-2)" }]}
        />
      </ChartCard>
      <ChartCard
        testId="chart-duration"
        title="Average duration"
        total={formatDuration(totals.avgDurationSeconds)}
        description={`Of ${n(totals.answered)} answered calls · ${n(totals.answeredMinutes)} minutes talked`}
      >
        <DailyChart
          kind="line"
          format="duration"
          label="Average duration per day"
          data={daily}
          series={[{ key: "avgDurationSeconds", label: "Average duration", color: "var(--chart-3)" }]}
        />
      </ChartCard>
      <ChartCard
        testId="chart-sentiment"
        title="Sentiment"
        total={withSentiment ? `${formatPercent(sentiment.positive / withSentiment)} positive` : "—"}
        description={`${n(sentiment.positive)} ${SENTIMENT_LABELS.positive.toLowerCase()} · ${n(sentiment.neutral)} neutral · ${n(sentiment.negative)} negative`}
      >
        <DailyChart
          kind="area"
          stacked
          label="Sentiment per day"
          data={daily}
          series={[
            { key: "positive", label: "Positive", color: "var(--success)" },
            { key: "neutral", label: "Neutral", color: "var(--chart-4)" },
            { key: "negative", label: "Negative", color: "var(--destructive)" },
          ]}
        />
      </ChartCard>
      <ChartCard
        testId="chart-outcomes"
        title="Outcomes"
        total={`${n(totals.booked)} booked`}
        description={data.outcomes.map((o) => `${n(o.calls)} ${OUTCOME_LABELS[o.outcome].toLowerCase()}`).join(" · ")}
      >
        <OutcomesChart data={data.outcomes.map((o) => ({ label: OUTCOME_LABELS[o.outcome], calls: o.calls }))} />
      </ChartCard>
      <ChartCard
        testId="chart-busiest-hours"
        className="lg:col-span-2"
        title={`Busiest hours (${data.range.timeZone})`}
        total={busiest ? `${DAY_NAMES[busiest.dow - 1]} ${String(busiest.hour).padStart(2, "0")}:00` : "—"}
        description={busiest ? `${n(busiest.calls)} calls in the busiest hour slot` : "No calls in this range"}
      >
        <BusiestHoursHeatmap cells={data.busiestHours} timeZone={data.range.timeZone} />
      </ChartCard>
    </div>
  );
}
