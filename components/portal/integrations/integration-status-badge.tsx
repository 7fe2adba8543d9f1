import { Badge } from "@/components/ui/badge";
import type { IntegrationDto } from "@/lib/dal/integrations/integration-dto";

const LOOK = {
  connected: { label: "Connected", variant: "success" },
  error: { label: "Needs attention", variant: "destructive" },
  disconnected: { label: "Disconnected", variant: "secondary" },
} as const;

export function IntegrationStatusBadge({ status }: { status: IntegrationDto["status"] }) {
  const look = LOOK[status];
  return (
    <Badge variant={look.variant} data-testid="integration-status">
      {look.label}
    </Badge>
  );
}
