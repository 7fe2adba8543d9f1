import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AccessAction, AccessLogItem } from "@/lib/dal/audit/list-client-access-log";

const WHAT: Record<AccessAction, string> = {
  transcript_view: "Read the transcript",
  recording_play: "Played the recording",
  recording_download: "Downloaded the recording",
};

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Who opened which call, and how; agency staff are marked as such. */
export function AccessLogTable({ items, agencyName }: { items: AccessLogItem[]; agencyName: string }) {
  return (
    <Table data-testid="access-log">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>What</TableHead>
          <TableHead>Call</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="font-mono text-xs">{utc(item.occurredAt)}</TableCell>
            <TableCell>
              <span className="mr-2">{item.actor.email ?? "Unknown"}</span>
              {item.actor.kind === "agency" && <Badge variant="outline">{agencyName} staff</Badge>}
              {item.actor.kind === "api_key" && <Badge variant="outline">API key</Badge>}
            </TableCell>
            <TableCell>{WHAT[item.action]}</TableCell>
            <TableCell>
              {item.call?.startedAt ? (
                <Link className="underline-offset-4 hover:underline" href={`/calls/${item.call.id}`}>
                  {utc(item.call.startedAt)}
                  {item.call.callerNumber ? ` · ${item.call.callerNumber}` : ""}
                </Link>
              ) : (
                <span className="text-muted-foreground">Deleted call</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
