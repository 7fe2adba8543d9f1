"use client";

import { RotateCw } from "lucide-react";
import { redeliverWebhookAction } from "@/app/actions/integrations";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { WebhookDeliveryDto } from "@/lib/dal/integrations/list-webhook-deliveries";
import { LocalTime } from "../local-time";

const STATUS = {
  pending: { label: "Sending", variant: "secondary" },
  delivered: { label: "Delivered", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
} as const;

/** The client's recent webhook deliveries; "Send again" only for those who may manage integrations. */
export function WebhookDeliveries({ deliveries, canManage }: { deliveries: WebhookDeliveryDto[]; canManage: boolean }) {
  const { pending: busy, run } = useRunAction();
  return (
    <section className="space-y-3" data-testid="webhook-deliveries">
      <h2 className="text-lg font-semibold">Recent webhook deliveries</h2>
      {deliveries.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No events sent yet. New calls are sent to the webhooks subscribed to them.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Event</TableHead>
                <TableHead>Webhook</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Attempts</TableHead>
                <TableHead>Last error</TableHead>
                <TableHead>Queued</TableHead>
                {canManage && <TableHead className="sr-only">Actions</TableHead>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {deliveries.map((d) => (
                <TableRow key={d.id} data-testid="webhook-delivery" data-status={d.status}>
                  <TableCell className="font-mono text-xs">{d.type}</TableCell>
                  <TableCell>{d.webhook.name}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS[d.status].variant}>{STATUS[d.status].label}</Badge>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{d.attempts}</TableCell>
                  <TableCell className="max-w-64 truncate text-muted-foreground" title={d.lastError ?? undefined}>
                    {d.lastError ?? "—"}
                  </TableCell>
                  <TableCell>
                    <LocalTime iso={d.createdAt} />
                  </TableCell>
                  {canManage && (
                    <TableCell className="text-right">
                      <Button
                        size="sm"
                        variant="outline"
                        disabled={busy || d.status === "pending"}
                        onClick={() =>
                          run(() => redeliverWebhookAction(d.id), {
                            refresh: "always",
                            success: "Queued to send again.",
                          })
                        }
                      >
                        <RotateCw aria-hidden />
                        Send again
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
