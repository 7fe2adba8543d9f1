import { Suspense } from "react";
import { BarChart3 } from "lucide-react";
import { AnalyticsCharts } from "@/components/portal/analytics/analytics-charts";
import { AnalyticsSkeleton } from "@/components/portal/analytics/analytics-skeleton";
import { RangePicker } from "@/components/portal/analytics/range-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { ClientActor } from "@/lib/authz/actor";
import { getAnalytics } from "@/lib/dal/calls/get-analytics";
import { AppError } from "@/lib/errors";
import { currentPageVersions } from "@/lib/auth/current-actor";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { sharedAmongViewers } from "@/lib/page-cache/shared-among-viewers";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Analytics", "analytics.read");

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// No loading.tsx: its Suspense boundary would stream a 200 before the capability check's 404
// (SPEC §2). The check runs first; the aggregates stream behind a skeleton.
export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePortalActor("analytics.read");
  const params = await searchParams;
  const asked = { days: first(params.days), from: first(params.from), to: first(params.to) };
  return (
    <Suspense key={JSON.stringify(asked)} fallback={<AnalyticsLoading />}>
      <AnalyticsView actor={actor} asked={asked} />
    </Suspense>
  );
}

function AnalyticsLoading() {
  return (
    <div className="space-y-6">
      <PageHeader title="Analytics" description="Loading…" />
      <AnalyticsSkeleton />
    </div>
  );
}

async function AnalyticsView({ actor, asked }: { actor: ClientActor; asked: Record<string, string | undefined> }) {
  // A hand-edited range that does not parse shows the default range and says why.
  const { data, problem } = await analyticsOrDefault(actor, asked);
  const preset = !asked.from && !asked.to ? Number(asked.days ?? 30) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Analytics"
        description={`${data.range.from} to ${data.range.to} · ${data.range.days} days · days and hours in ${data.range.timeZone}`}
        actions={
          <RangePicker
            key={`${data.range.from}:${data.range.to}`}
            from={data.range.from}
            to={data.range.to}
            preset={preset}
          />
        }
      />
      {problem && (
        <p className="text-sm text-muted-foreground" data-testid="range-problem">
          {problem} Showing the last 30 days.
        </p>
      )}
      {data.totals.calls === 0 ? (
        <EmptyState
          icon={BarChart3}
          title="No calls in this range"
          description="Pick a longer range, or come back once your agents have taken calls."
        />
      ) : (
        <AnalyticsCharts data={data} />
      )}
    </div>
  );
}

async function analyticsOrDefault(actor: ClientActor, asked: Record<string, string | undefined>) {
  // The figures are read once for every viewer of the client who may see the same ones.
  const versions = await currentPageVersions();
  const read = (range: Record<string, string | undefined>) =>
    sharedAmongViewers(actor, versions, "analytics", range, () => getAnalytics(actor, range));
  try {
    return { data: await read(asked), problem: null };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation_failed") throw error;
    return { data: await read({}), problem: error.message };
  }
}
