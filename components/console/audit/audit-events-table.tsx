import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEventListItem } from "@/lib/dal/audit/list-audit-events";
import { AuditEventDetails } from "./audit-event-details";
import { actionLabel, formatUtc } from "./format";

export function AuditEventsTable({ items }: { items: AuditEventListItem[] }) {
  return (
    <Table data-testid="audit-events">
      <TableHeader>
        <TableRow>
          <TableHead>Time (UTC)</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Client</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead className="sr-only">Details</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((e) => (
          <TableRow key={e.id} data-action={e.action}>
            <TableCell className="font-mono text-xs">{formatUtc(e.occurredAt)}</TableCell>
            <TableCell>{actionLabel(e.action)}</TableCell>
            <TableCell className="max-w-56 truncate">
              {e.actor.email ?? <span className="text-muted-foreground">{e.actor.type}</span>}
              {e.actor.type === "api_key" && (
                <Badge variant="outline" className="ml-2">
                  API key
                </Badge>
              )}
            </TableCell>
            <TableCell className="max-w-40 truncate">
              {e.clientName ?? <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell>
              <Badge
                variant={e.outcome === "success" ? "secondary" : e.outcome === "denied" ? "warning" : "destructive"}
              >
                {e.outcome}
              </Badge>
            </TableCell>
            <TableCell className="text-right">
              <AuditEventDetails event={e} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
