import { Badge } from "@/components/ui/badge";
import type { AgentSummaryDto } from "@/lib/dal/agents/agent-dto";

type AgentStatus = AgentSummaryDto["status"];

const LOOK: Record<AgentStatus, { label: string; variant: "success" | "warning" | "secondary" }> = {
  live: { label: "Live", variant: "success" },
  paused: { label: "Paused", variant: "warning" },
  draft: { label: "Draft", variant: "secondary" },
};

export function AgentStatusBadge({ status }: { status: AgentStatus }) {
  const look = LOOK[status];
  return (
    <Badge variant={look.variant} data-testid="agent-status">
      {look.label}
    </Badge>
  );
}
