import Link from "next/link";
import { PhoneOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClientActor } from "@/lib/authz/actor";
import type { CallFilters } from "@/lib/dal/calls/call-filters";
import { listCallAgents } from "@/lib/dal/calls/list-call-agents";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { AppError } from "@/lib/errors";
import { CALL_PAGE_SIZE, callListQuery } from "@/lib/portal/call-list-params";
import { CallFiltersForm } from "./call-filters-form";
import { CallPagination } from "./call-pagination";
import { CallTable } from "./call-table";

/** Filter bar, one keyset page of calls and the paging links, for filters read from the URL. */
export async function CallsView({ actor, filters, cursor, ignored }: {
  actor: ClientActor;
  filters: CallFilters;
  cursor: string | undefined;
  ignored: string[];
}) {
  const can = actor.resolved.capabilities;
  const [page, agents] = await Promise.all([
    // A stale or mangled cursor in a shared link starts over at the first page instead of failing.
    listCalls(actor, { ...filters, cursor, limit: CALL_PAGE_SIZE }).catch((error: unknown) => {
      if (cursor && error instanceof AppError && (error.code === "bad_request" || error.code === "validation_failed")) return listCalls(actor, { ...filters, limit: CALL_PAGE_SIZE });
      throw error;
    }),
    listCallAgents(actor),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const query = callListQuery(filters);
  return (
    <div className="space-y-6">
      <CallFiltersForm key={query} initial={stringValues(filters)} agents={agents} showSentiment={can.has("calls.transcript.read")} />
      {ignored.length > 0 && (
        <p className="text-sm text-muted-foreground" data-testid="ignored-filters">
          Some filters in this link were not understood and were left out: {ignored.join(", ")}.
        </p>
      )}
      {page.items.length === 0 ? (
        <EmptyState
          icon={PhoneOff}
          title={filtered ? "No calls match these filters" : "No calls yet"}
          description={filtered
            ? "Widen the date range or clear a filter to see more calls."
            : "Calls your AI agents take will appear here as soon as they end."}
          action={filtered ? <Button variant="outline" asChild><Link href="/calls">Clear filters</Link></Button> : undefined}
        />
      ) : (
        <>
          <div className="rounded-xl border">
            <CallTable calls={page.items} canReview={can.has("calls.review")} />
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
