"use client";

import {
  deleteDestinationAction,
  setDestinationEnabledAction,
  testDestinationAction,
} from "@/app/actions/audit-settings";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { AuditDestinationDto } from "@/lib/dal/audit/destination-dto";
import { formatUtc } from "./format";

const HEALTH = {
  healthy: { label: "Healthy", variant: "success" },
  failing: { label: "Failing", variant: "destructive" },
  untested: { label: "Not used yet", variant: "secondary" },
  disabled: { label: "Paused", variant: "outline" },
} as const;

export function DestinationItem({ destination: d }: { destination: AuditDestinationDto }) {
  const { pending, run } = useRunAction();
  const health = HEALTH[d.health];
  // The actions revalidate the page themselves.
  const settle = { refresh: "never" } as const;

  const sendTest = () =>
    run(() => testDestinationAction(d.id), {
      ...settle,
      success: (test) => (test.ok ? "Test event accepted." : { error: `Test failed: ${test.error}` }),
    });

  return (
    <li className="grid gap-3 rounded-lg border p-4" data-testid="destination" data-health={d.health}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{d.name}</span>
        <Badge variant="outline">{d.kind === "splunk_hec" ? "Splunk HEC" : "HTTPS JSON"}</Badge>
        <Badge variant={health.variant} data-testid="destination-health">
          {health.label}
          {d.health === "failing" ? ` · ${d.failures} in a row` : ""}
        </Badge>
        <label className="ml-auto flex items-center gap-2 text-sm">
          <Switch
            checked={d.enabled}
            disabled={pending}
            aria-label={`Stream to ${d.name}`}
            onCheckedChange={(enabled) => run(() => setDestinationEnabledAction(d.id, enabled), settle)}
          />
          Streaming
        </label>
      </div>
      <p className="font-mono text-xs break-all text-muted-foreground">{d.url}</p>
      <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="text-muted-foreground">Last delivery</dt>
        <dd data-testid="destination-last-success">{d.lastSuccessAt ? formatUtc(d.lastSuccessAt) : "None yet"}</dd>
        <dt className="text-muted-foreground">Waiting to send</dt>
        <dd>
          {d.pending} event{d.pending === 1 ? "" : "s"}
        </dd>
        {d.lastError && (
          <>
            <dt className="text-muted-foreground">Last error</dt>
            <dd className="break-all" data-testid="destination-last-error">
              <span className={d.health === "failing" ? "text-destructive" : "text-muted-foreground"}>
                {d.lastError}
              </span>
              {d.lastErrorAt && <span className="text-muted-foreground"> · {formatUtc(d.lastErrorAt)}</span>}
            </dd>
          </>
        )}
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" disabled={pending} onClick={sendTest}>
          Send test
        </Button>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button variant="ghost" size="sm" disabled={pending}>
              Remove
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Remove {d.name}?</AlertDialogTitle>
              <AlertDialogDescription>
                Events stop streaming to it{d.pending ? `, and the ${d.pending} waiting will not be sent` : ""}. Your
                audit log itself is not affected.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction onClick={() => run(() => deleteDestinationAction(d.id), settle)}>
                Remove destination
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </div>
    </li>
  );
}
