import { Suspense } from "react";
import { Download } from "lucide-react";
import { CallListSkeleton } from "@/components/portal/calls/call-list-skeleton";
import { CallsView } from "@/components/portal/calls/calls-view";
import { LiveCalls } from "@/components/portal/calls/live-calls";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { callFiltersFromSearchParams, callListQuery } from "@/lib/portal/call-list-params";
import { currentPageVersions } from "@/lib/auth/current-actor";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { sharedAmongViewers } from "@/lib/page-cache/shared-among-viewers";
import { loadCallList } from "./load-call-list";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Calls", "calls.read");

// No loading.tsx here: it would wrap this page in a Suspense boundary, so the response would be
// streamed as 200 before requirePortalActor's notFound() — a hidden section must answer 404
// (SPEC §2). The capability is checked first; only the data below streams behind a skeleton.
export default async function CallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePortalActor("calls.read");
  const can = actor.resolved.capabilities;
  const { filters, cursor, ignored } = callFiltersFromSearchParams(await searchParams, {
    allowSentiment: can.has("calls.transcript.read"),
  });
  const query = callListQuery(filters);
  const versions = await currentPageVersions();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Calls"
        description="Every call your AI agents handled, newest first."
        actions={
          can.has("calls.export") && (
            <Button variant="outline" asChild>
              <a href={`/api/v1/portal/calls/export${query}`} download data-testid="export-csv">
                <Download aria-hidden /> Export CSV
              </a>
            </Button>
          )
        }
      />
      {/* Only the first page follows new calls: a reader paging back through history stays put. */}
      {!cursor && <LiveCalls />}
      <Suspense key={`${query}:${cursor ?? ""}`} fallback={<CallListSkeleton />}>
        <CallsView
          data={sharedAmongViewers(actor, versions, "calls", { filters, cursor }, () =>
            loadCallList(actor, filters, cursor),
          )}
          filters={filters}
          ignored={ignored}
          canReview={can.has("calls.review")}
          showSentiment={can.has("calls.transcript.read")}
        />
      </Suspense>
    </div>
  );
}
