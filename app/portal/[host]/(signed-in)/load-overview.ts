import type { ClientActor } from "@/lib/authz/actor";
import { listAgents } from "@/lib/dal/agents/list-agents";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { getAnalytics } from "@/lib/dal/calls/get-analytics";
import { getCallStats } from "@/lib/dal/calls/get-call-stats";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { lastDays } from "@/lib/dal/calls/stats-range";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { readInOneTransaction } from "@/lib/dal/tenant/read-in-one-transaction";
import { visibleSections, type PortalSectionKey } from "@/lib/portal/sections";

export type OverviewData = Awaited<ReturnType<typeof loadOverview>>;

/**
 * The overview's data, each part only for a section the viewer may open — the same resolver the
 * navigation reads, so the overview never shows a figure whose section is hidden. Each part comes
 * from the verb its section uses, so it counts the same visible calls, agents and invoices.
 */
export async function loadOverview(actor: ClientActor) {
  const open = new Set<PortalSectionKey>(visibleSections(actor).map((s) => s.key));
  const when = <T>(key: PortalSectionKey, load: () => Promise<T>) =>
    open.has(key) ? load() : Promise.resolve(undefined);
  const [callStats, latestCalls, analytics, agents, integrations, billing] = await readInOneTransaction(actor, () =>
    Promise.all([
      when("calls", () => getCallStats(actor, lastDays(7, actor.timeZone))),
      when("calls", async () => (await listCalls(actor, { limit: 5 })).items),
      when("analytics", () => getAnalytics(actor, { days: 7 })),
      when("agents", () => listAgents(actor)),
      when("integrations", () => listIntegrations(actor)),
      when("billing", () => getBilling(actor)),
    ]),
  );
  return { callStats, latestCalls, analytics, agents, integrations, billing };
}
