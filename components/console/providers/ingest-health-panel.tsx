import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { IngestHealthDto } from "@/lib/dal/provider-events/get-ingest-health";

/**
 * A provider connection's intake health: the last day's webhook events and the ones that could
 * not become calls (kept with their error), and recordings not copied yet. A panel of its own,
 * placed on the connection's page beside its settings.
 */
export function IngestHealthPanel({ health }: { health: IngestHealthDto }) {
  const { last24h, failedEvents, recordingProblems } = health;
  const healthy = failedEvents.length === 0 && recordingProblems.length === 0;
  return (
    <Card data-testid="ingest-health">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {healthy ? (
            <CheckCircle2 aria-hidden className="size-4 text-success" />
          ) : (
            <AlertTriangle aria-hidden className="size-4 text-warning" />
          )}
          Call intake
        </CardTitle>
        <CardDescription>
          Last 24 hours: {last24h.received} events received, {last24h.processed} processed, {last24h.pending} waiting,{" "}
          {last24h.failed} failed.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-6 text-sm">
        {healthy && <p className="text-muted-foreground">Every event and recording came in cleanly.</p>}
        {failedEvents.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-medium">Events that did not become calls</h3>
            <div className="overflow-x-auto rounded-md border">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>Received</TableHead>
                    <TableHead>Event</TableHead>
                    <TableHead>Provider call</TableHead>
                    <TableHead>Error</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {failedEvents.map((e) => (
                    <TableRow key={e.id} data-testid="failed-event">
                      <TableCell className="whitespace-nowrap">
                        {e.receivedAt.replace("T", " ").slice(0, 19)} UTC
                      </TableCell>
                      <TableCell className="font-mono text-xs">{e.eventType}</TableCell>
                      <TableCell className="max-w-40 truncate font-mono text-xs">{e.providerCallId}</TableCell>
                      <TableCell className="min-w-64 text-muted-foreground">{e.error}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </div>
        )}
        {recordingProblems.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-medium">Recordings not copied yet</h3>
            <ul className="space-y-1">
              {recordingProblems.map((r) => (
                <li key={r.callId} data-testid="recording-problem">
                  <span className="font-mono text-xs">{r.callId.slice(0, 8)}</span> — {r.error}
                </li>
              ))}
            </ul>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
