import Link from "next/link";
import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type BaselineCall = {
  id: string;
  startedAt: string;
  callerNumber: string;
  direction: "inbound" | "outbound";
  agentName: string;
  durationSeconds: number;
  status: "completed" | "missed" | "voicemail" | "failed";
  outcome: string | null;
  reviewStatus: string;
};

const STATUS = {
  completed: ["success", "Completed"], missed: ["warning", "Missed"], voicemail: ["secondary", "Voicemail"], failed: ["destructive", "Failed"],
} as const;

const minutes = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/**
 * The portal's call table markup (same columns, primitives, links and badges), fed from memory:
 * what the framework alone costs to render the calls page, for `npm run bench` to compare against.
 */
export function BaselineCallTable({ calls }: { calls: BaselineCall[] }) {
  return (
    <Table data-testid="call-table">
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
              <Link href={`/calls/${call.id}`} className="font-medium underline-offset-4 hover:underline focus-visible:underline">
                <time dateTime={call.startedAt} title={call.startedAt}>{call.startedAt.slice(0, 16).replace("T", " ")} UTC</time>
              </Link>
            </TableCell>
            <TableCell>
              <span className="inline-flex items-center gap-1.5 tabular-nums">
                {call.direction === "inbound"
                  ? <ArrowDownLeft className="size-3.5 text-muted-foreground" aria-label="Inbound" />
                  : <ArrowUpRight className="size-3.5 text-muted-foreground" aria-label="Outbound" />}
                {call.callerNumber}
              </span>
            </TableCell>
            <TableCell>{call.agentName}</TableCell>
            <TableCell className="tabular-nums">{minutes(call.durationSeconds)}</TableCell>
            <TableCell><Badge variant={STATUS[call.status][0]}>{STATUS[call.status][1]}</Badge></TableCell>
            <TableCell>{call.outcome ?? "—"}</TableCell>
            <TableCell>{call.reviewStatus}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
