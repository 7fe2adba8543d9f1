import type { OverviewData } from "@/app/portal/[host]/(signed-in)/load-overview";
import type { PORTAL_SECTIONS } from "@/lib/portal/sections";
import { AgentHealth } from "./overview/agent-health";
import { AnalyticsFigures } from "./overview/analytics-figures";
import { CallFigures } from "./overview/call-figures";
import { IntegrationAlerts } from "./overview/integration-alerts";
import { LatestCalls } from "./overview/latest-calls";
import { NextInvoice } from "./overview/next-invoice";
import { SectionLinks } from "./overview/section-links";

/**
 * The portal's home: real figures for each section the viewer may use (calls, analytics), the
 * latest calls, and a card for every section — with agent health, integration alerts and the next
 * invoice due where the viewer may open those. The page loads only what the viewer may see, so
 * each part is present exactly when its section is.
 */
export function PortalOverview({
  data,
  sections,
}: {
  data: OverviewData;
  sections: (typeof PORTAL_SECTIONS)[number][];
}) {
  const { callStats, analytics, latestCalls, agents, integrations, billing } = data;
  return (
    <div className="space-y-6">
      {(callStats || analytics) && (
        <div
          className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5"
          data-testid="overview-figures"
        >
          {callStats && <CallFigures stats={callStats} />}
          {analytics && <AnalyticsFigures analytics={analytics} />}
        </div>
      )}
      {latestCalls && <LatestCalls items={latestCalls} />}
      <SectionLinks
        sections={sections}
        summaries={{
          agents: agents && <AgentHealth agents={agents} />,
          integrations: integrations && <IntegrationAlerts integrations={integrations} />,
          billing: billing && <NextInvoice invoices={billing.invoices} />,
        }}
      />
    </div>
  );
}
