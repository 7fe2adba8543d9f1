"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { AuditEventListItem } from "@/lib/dal/audit/list-audit-events";
import { AuditDiff } from "./audit-diff";
import { actionLabel, formatUtc } from "./format";

/** One event in full: who, from where, on what, and the before/after of the change. */
export function AuditEventDetails({ event }: { event: AuditEventListItem }) {
  const facts: [string, string | null][] = [
    ["Time", formatUtc(event.occurredAt)],
    ["Actor", [event.actor.email ?? "—", `(${event.actor.type})`].join(" ")],
    ["Target", event.target.type ? `${event.target.type}${event.target.id ? ` ${event.target.id}` : ""}` : null],
    ["Client", event.clientName ?? event.clientId],
    ["IP address", event.ip],
    ["User agent", event.userAgent],
    ["Session", event.actor.sessionRef],
    ["Event id", event.id],
  ];
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Details of event ${event.seq}`}>
          Details
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl" data-testid="audit-event-dialog">
        <DialogHeader>
          <DialogTitle className="flex flex-wrap items-center gap-2">
            {actionLabel(event.action)}
            <Badge variant={event.outcome === "success" ? "success" : "destructive"}>{event.outcome}</Badge>
          </DialogTitle>
          <DialogDescription>Event #{event.seq} in your agency&apos;s hash-chained log.</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
          {facts
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="min-w-0 break-all">{value}</dd>
              </div>
            ))}
        </dl>
        <AuditDiff details={event.details} />
      </DialogContent>
    </Dialog>
  );
}
