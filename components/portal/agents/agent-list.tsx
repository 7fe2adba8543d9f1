import Link from "next/link";
import { Bot } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { languageName, voiceName } from "@/lib/agents/agent-settings";
import type { AgentSummaryDto } from "@/lib/dal/agents/agent-dto";
import { LocalTime } from "../local-time";
import { AgentStatusBadge } from "./agent-status-badge";

/** The agents table; on a phone each row folds into a card. */
export function AgentList({ agents }: { agents: AgentSummaryDto[] }) {
  if (agents.length === 0) {
    return (
      <EmptyState
        icon={Bot}
        title="No agents to show"
        description="No AI agent is assigned to you yet. Ask your company's portal admin to assign you one."
      />
    );
  }
  return (
    <div className="rounded-lg border">
      <Table data-testid="agent-list">
        <TableHeader>
          <TableRow>
            <TableHead>Agent</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden md:table-cell">Phone numbers</TableHead>
            <TableHead className="hidden sm:table-cell">Voice</TableHead>
            <TableHead className="hidden lg:table-cell text-right">Calls (30 days)</TableHead>
            <TableHead className="hidden sm:table-cell">Last call</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agents.map((agent) => (
            <TableRow key={agent.id} data-testid="agent-row">
              <TableCell className="font-medium">
                <Link
                  href={`/agents/${agent.id}`}
                  className="underline-offset-4 hover:underline focus-visible:underline"
                >
                  {agent.name}
                </Link>
                <div className="text-xs text-muted-foreground">{languageName(agent.language)}</div>
              </TableCell>
              <TableCell>
                <AgentStatusBadge status={agent.status} />
              </TableCell>
              <TableCell className="hidden md:table-cell">
                <ul className="space-y-0.5">
                  {agent.phoneNumbers.map((p) => (
                    <li key={p.e164} className="text-sm">
                      <span className="font-mono">{p.e164}</span>{" "}
                      <span className="text-muted-foreground">· {p.label}</span>
                    </li>
                  ))}
                  {agent.phoneNumbers.length === 0 && <li className="text-sm text-muted-foreground">No number</li>}
                </ul>
              </TableCell>
              <TableCell className="hidden sm:table-cell">{voiceName(agent.voice)}</TableCell>
              <TableCell className="hidden lg:table-cell text-right tabular-nums">{agent.callsLast30Days}</TableCell>
              <TableCell className="hidden sm:table-cell text-sm">
                <LocalTime iso={agent.lastCallAt} fallback="No calls yet" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
