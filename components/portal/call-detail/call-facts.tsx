import type { ReactNode } from "react";
import { LocalTime } from "@/components/portal/local-time";
import {
  DIRECTION_LABELS,
  formatDuration,
  labelOf,
  OUTCOME_LABELS,
  SENTIMENT_LABELS,
} from "@/components/portal/calls/call-labels";
import { CallStatusBadge } from "@/components/portal/calls/call-status-badge";
import { ReviewStatusSelect } from "@/components/portal/calls/review-status-select";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CallDetail } from "@/lib/dal/calls/call-dto";

const SENTIMENT_VARIANT = { positive: "success", neutral: "secondary", negative: "destructive" } as const;

/** The call's metadata; sentiment only when the viewer may read it (the key is absent otherwise). */
export function CallFacts({ call, canReview }: { call: CallDetail; canReview: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3 text-sm" data-testid="call-facts">
          <Fact term="When">
            <LocalTime iso={call.startedAt} />
          </Fact>
          <Fact term="Agent">{call.agent.name}</Fact>
          <Fact term="Caller">
            <span className="tabular-nums">{call.callerNumber}</span>
          </Fact>
          <Fact term="Direction">{labelOf(DIRECTION_LABELS, call.direction)}</Fact>
          <Fact term="Status">
            <CallStatusBadge status={call.status} />
          </Fact>
          <Fact term="Duration">
            <span className="tabular-nums">{formatDuration(call.durationSeconds)}</span>
          </Fact>
          <Fact term="Outcome">{labelOf(OUTCOME_LABELS, call.outcome)}</Fact>
          {"sentiment" in call && (
            <Fact term="Sentiment">
              {call.sentiment ? (
                <Badge variant={SENTIMENT_VARIANT[call.sentiment]} data-testid="call-sentiment">
                  {labelOf(SENTIMENT_LABELS, call.sentiment)}
                </Badge>
              ) : (
                "—"
              )}
            </Fact>
          )}
          <Fact term="Review">
            {canReview ? (
              <ReviewStatusSelect callId={call.id} value={call.reviewStatus} label="Review status" />
            ) : (
              call.reviewStatus
            )}
          </Fact>
        </dl>
      </CardContent>
    </Card>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}
