import type { IntegrationDto } from "@/lib/dal/integrations/integration-dto";

/** Integrations that need attention (their last delivery failed), or a line saying all is well. */
export function IntegrationAlerts({ integrations }: { integrations: IntegrationDto[] }) {
  const failing = integrations.filter((i) => i.status === "error");
  const connected = integrations.filter((i) => i.status === "connected").length;
  if (failing.length === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="integration-alerts-none">
        {connected === 0 ? "No integrations connected yet." : `All ${connected} connected, no alerts.`}
      </p>
    );
  }
  return (
    <ul className="space-y-2 text-sm">
      {failing.map((i) => (
        <li key={i.id} data-testid="integration-alert">
          <span className="font-medium">{i.name}</span>{" "}
          <span className="text-muted-foreground">({i.providerLabel})</span> needs attention
          {i.lastError && (
            <span className="block truncate text-muted-foreground" title={i.lastError}>
              {i.lastError}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
