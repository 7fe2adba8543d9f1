import type { ClientActor } from "@/lib/authz/actor";
import { visibleSections } from "@/lib/portal/sections";
import { AnalyticsFigures } from "./overview/analytics-figures";
import { CallFigures } from "./overview/call-figures";
import { LatestCalls } from "./overview/latest-calls";
import { SectionLinks } from "./overview/section-links";

/**
 * The portal's home: real figures for each section the viewer may use (calls, analytics), the
 * latest calls when allowed, and a card for every section. Each figure comes from the same verb
 * the section uses, so it counts the same visible calls.
 */
export async function PortalOverview({ actor }: { actor: ClientActor }) {
  const can = (c: Parameters<typeof actor.resolved.capabilities.has>[0]) => actor.resolved.capabilities.has(c);
  const figures = can("calls.read") || can("analytics.read");
  return (
    <div className="space-y-6">
      {figures && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5" data-testid="overview-figures">
          {can("calls.read") && <CallFigures actor={actor} />}
          {can("analytics.read") && <AnalyticsFigures actor={actor} />}
        </div>
      )}
      {can("calls.read") && <LatestCalls actor={actor} />}
      <SectionLinks sections={visibleSections(actor)} />
    </div>
  );
}
