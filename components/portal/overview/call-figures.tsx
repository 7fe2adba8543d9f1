import { formatDuration, formatPercent } from "@/components/portal/calls/call-labels";
import type { CallStats } from "@/lib/dal/calls/get-call-stats";
import { ChangeHint } from "./change-hint";
import { StatCard } from "./stat-card";

/** Calls in the last 7 days against the 7 before, answer rate and average duration. */
export function CallFigures({ stats }: { stats: CallStats }) {
  return (
    <>
      <StatCard
        testId="overview-calls-week"
        label="Calls this week"
        value={stats.total.toLocaleString("en-US")}
        href="/calls"
        hint={<ChangeHint current={stats.total} previous={stats.previous.total} period="week" />}
      />
      <StatCard
        testId="overview-answer-rate"
        label="Answer rate"
        value={formatPercent(stats.answerRate)}
        hint={`${stats.answered.toLocaleString("en-US")} of ${stats.total.toLocaleString("en-US")} answered, last 7 days`}
      />
      <StatCard
        testId="overview-avg-duration"
        label="Average call"
        value={formatDuration(stats.avgDurationSeconds)}
        hint="Answered calls, last 7 days"
      />
    </>
  );
}
