import Link from "next/link";
import { formatDuration } from "@/components/portal/calls/call-labels";
import { CallStatusBadge } from "@/components/portal/calls/call-status-badge";
import { LocalTime } from "@/components/portal/local-time";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CallPage } from "@/lib/dal/calls/list-calls";

/** The five newest visible calls. */
export function LatestCalls({ items }: { items: CallPage["items"] }) {
  return (
    <Card data-testid="latest-calls">
      <CardHeader>
        <CardTitle>Latest calls</CardTitle>
        <CardAction>
          <Button variant="ghost" size="sm" asChild>
            <Link href="/calls">All calls</Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No calls yet. They appear here as soon as your agents take them.
          </p>
        ) : (
          <ul className="divide-y">
            {items.map((call) => (
              <li key={call.id}>
                <Link
                  href={`/calls/${call.id}`}
                  prefetch={false}
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2.5 text-sm hover:bg-accent/40 focus-visible:bg-accent/40 focus-visible:outline-none"
                >
                  <span className="w-44 text-muted-foreground">
                    <LocalTime iso={call.startedAt} />
                  </span>
                  <span className="tabular-nums">{call.callerNumber}</span>
                  <span className="text-muted-foreground">{call.agent.name}</span>
                  <span className="ml-auto flex items-center gap-3">
                    <span className="tabular-nums text-muted-foreground">{formatDuration(call.durationSeconds)}</span>
                    <CallStatusBadge status={call.status} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
