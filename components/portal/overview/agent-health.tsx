import Link from "next/link";
import { AgentStatusBadge } from "@/components/portal/agents/agent-status-badge";
import { LocalTime } from "@/components/portal/local-time";
import type { AgentSummaryDto } from "@/lib/dal/agents/agent-dto";

const SHOWN = 5;

/** Each visible agent's status and last call, so a paused or silent agent shows without opening Agents. */
export function AgentHealth({ agents }: { agents: AgentSummaryDto[] }) {
  if (agents.length === 0) return <p className="text-sm text-muted-foreground">No AI agents yet.</p>;
  return (
    <ul className="divide-y text-sm">
      {agents.slice(0, SHOWN).map((agent) => (
        <li key={agent.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-testid="overview-agent">
          <Link href={`/agents/${agent.id}`} prefetch={false} className="font-medium hover:underline">
            {agent.name}
          </Link>
          <AgentStatusBadge status={agent.status} />
          <span className="ml-auto text-muted-foreground">
            {agent.lastCallAt ? (
              <>
                Last call <LocalTime iso={agent.lastCallAt} />
              </>
            ) : (
              "No calls yet"
            )}
          </span>
        </li>
      ))}
      {agents.length > SHOWN && <li className="py-2 text-muted-foreground">and {agents.length - SHOWN} more</li>}
    </ul>
  );
}
