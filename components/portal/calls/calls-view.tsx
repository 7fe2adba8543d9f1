import Link from "next/link";
import { PhoneOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { CallFilters } from "@/lib/dal/calls/call-filters";
import type { CallPage } from "@/lib/dal/calls/list-calls";
import { callListQuery } from "@/lib/portal/call-list-params";
import { CallFiltersForm } from "./call-filters-form";
import { CallPagination } from "./call-pagination";
import { CallTable } from "./call-table";

type CallAgent = { id: string; name: string };

/**
 * Filter bar, one keyset page of calls and the paging links, for filters read from the URL. The
 * page starts the loading and hands the promise down, so only this part waits behind its skeleton.
 */
export async function CallsView({
  data,
  filters,
  ignored,
  canReview,
  showSentiment,
}: {
  data: Promise<{ page: CallPage; agents: CallAgent[] }>;
  filters: CallFilters;
  ignored: string[];
  canReview: boolean;
  showSentiment: boolean;
}) {
  const { page, agents } = await data;
  const filtered = Object.keys(filters).length > 0;
  const query = callListQuery(filters);
  return (
    <div className="space-y-6">
      <CallFiltersForm key={query} initial={stringValues(filters)} agents={agents} showSentiment={showSentiment} />
      {ignored.length > 0 && (
        <p className="text-sm text-muted-foreground" data-testid="ignored-filters">
          Some filters in this link were not understood and were left out: {ignored.join(", ")}.
        </p>
      )}
      {page.items.length === 0 ? (
        <EmptyState
          icon={PhoneOff}
          title={filtered ? "No calls match these filters" : "No calls yet"}
          description={
            filtered
              ? "Widen the date range or clear a filter to see more calls."
              : "Calls your AI agents take will appear here as soon as they end."
          }
          action={
            filtered ? (
              <Button variant="outline" asChild>
                <Link href="/calls">Clear filters</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <div className="rounded-xl border">
            <CallTable calls={page.items} canReview={canReview} />
          </div>
          <CallPagination
            prevHref={page.prevCursor ? `/calls${callListQuery(filters, { cursor: page.prevCursor })}` : null}
            nextHref={page.nextCursor ? `/calls${callListQuery(filters, { cursor: page.nextCursor })}` : null}
          />
        </>
      )}
    </div>
  );
}

function stringValues(filters: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)]));
}
