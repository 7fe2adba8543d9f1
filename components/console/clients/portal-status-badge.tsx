import { Badge } from "@/components/ui/badge";

export function PortalStatusBadge({ access }: { access: "enabled" | "suspended" }) {
  return access === "enabled" ? (
    <Badge variant="success" data-testid="portal-status">
      Portal on
    </Badge>
  ) : (
    <Badge variant="warning" data-testid="portal-status">
      Portal suspended
    </Badge>
  );
}
