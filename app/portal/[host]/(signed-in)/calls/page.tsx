import type { Metadata } from "next";
import Link from "next/link";
import { Download, PhoneOff } from "lucide-react";
import { CallFiltersForm } from "@/components/portal/calls/call-filters-form";
import { CallPagination } from "@/components/portal/calls/call-pagination";
import { CallTable } from "@/components/portal/calls/call-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listCallAgents } from "@/lib/dal/calls/list-call-agents";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { AppError } from "@/lib/errors";
import { callFiltersFromSearchParams, callListQuery } from "@/lib/portal/call-list-params";
import { requirePortalActor } from "@/lib/portal/require-portal-actor";

export const metadata: Metadata = { title: "Calls" };

const PAGE_SIZE = 25;

export default async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("calls.read");
  const can = (c: Parameters<typeof actor.resolved.capabilities.has>[0]) => actor.resolved.capabilities.has(c);
  const { filters, cursor, ignored } = callFiltersFromSearchParams(await searchParams, { allowSentiment: can("calls.transcript.read") });
  const [page, agents] = await Promise.all([
    // A stale or mangled cursor in a shared link starts over at the first page instead of failing.
    listCalls(actor, { ...filters, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
      if (cursor && error instanceof AppError && error.code === "bad_request") return listCalls(actor, { ...filters, limit: PAGE_SIZE });
      throw error;
    }),
    listCallAgents(actor),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const query = callListQuery(filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Calls"
        description="Every call your AI agents handled, newest first."
        actions={can("calls.export") && (
          <Button variant="outline" asChild>
            <a href={`/api/v1/portal/calls/export${query}`} download data-testid="export-csv">
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        )}
      />
      <CallFiltersForm key={query} initial={stringValues(filters)} agents={agents} showSentiment={can("calls.transcript.read")} />
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
            <CallTable calls={page.items} canReview={can("calls.review")} />
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
