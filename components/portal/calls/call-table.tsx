"use client";

import Link from "next/link";
import { LocalTime } from "@/components/portal/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CallListItem } from "@/lib/dal/calls/call-dto";
import { CallDirection } from "./call-direction";
import { formatDuration, labelOf, OUTCOME_LABELS } from "./call-labels";
import { CallStatusBadge } from "./call-status-badge";
import { ReviewStatusSelect } from "./review-status-select";

/**
 * The call list; each row opens the call, and the review status is changed in place. Row links
 * are not prefetched: opening a call is an audited read (transcript_view), which only a person
 * opening it may cause, and 50 prefetches per page would load the server for nothing.
 *
 * A client component on purpose: the server still renders its HTML, but the RSC payload then
 * carries the 50 calls as data instead of every row's element tree (~2 KB a row), which was a
 * large share of the page's render time (npm run bench).
 */
export function CallTable({ calls, canReview }: { calls: CallListItem[]; canReview: boolean }) {
  return (
    <Table data-testid="call-table" data-phone-stack>
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Caller</TableHead>
          <TableHead>Agent</TableHead>
          <TableHead>Duration</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Review</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {calls.map((call) => (
          <TableRow key={call.id} data-testid="call-row">
            <TableCell>
              <Link
                href={`/calls/${call.id}`}
                prefetch={false}
                className="font-medium underline-offset-4 hover:underline focus-visible:underline"
              >
                <LocalTime iso={call.startedAt} />
              </Link>
            </TableCell>
            <TableCell>
              <CallDirection direction={call.direction} number={call.callerNumber} />
            </TableCell>
            <TableCell data-testid="call-agent">{call.agent.name}</TableCell>
            <TableCell className="tabular-nums">{formatDuration(call.durationSeconds)}</TableCell>
            <TableCell>
              <CallStatusBadge status={call.status} />
            </TableCell>
            <TableCell>{labelOf(OUTCOME_LABELS, call.outcome)}</TableCell>
            <TableCell>
              {canReview ? (
                <ReviewStatusSelect
                  callId={call.id}
                  value={call.reviewStatus}
                  label={`Review status of the call at ${call.startedAt}`}
                />
              ) : (
                call.reviewStatus
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
