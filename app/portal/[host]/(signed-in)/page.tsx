import { PageHeader } from "@/components/ui/page-header";
import { NothingEnabled } from "@/components/portal/nothing-enabled";
import { PortalOverview } from "@/components/portal/portal-overview";
import { LiveCalls } from "@/components/portal/calls/live-calls";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { currentPageVersions } from "@/lib/auth/current-actor";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { sharedAmongViewers } from "@/lib/page-cache/shared-among-viewers";
import { visibleSections } from "@/lib/portal/sections";
import { loadOverview } from "./load-overview";

export default async function PortalHomePage({ params }: { params: Promise<{ host: string }> }) {
  const actor = await requirePortalActor();
  const agency = (await getPortalAgency(decodeURIComponent((await params).host)))!;
  const sections = visibleSections(actor).filter((s) => s.key !== "team" && s.key !== "settings");
  if (sections.length === 0) return <NothingEnabled agencyName={agency.name} supportEmail={agency.supportEmail} />;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Welcome, ${actor.name || actor.email}`}
        description={`${actor.clientName} · your ${agency.name} portal`}
      />
      {actor.resolved.capabilities.has("calls.read") && <LiveCalls />}
      <PortalOverview
        data={await sharedAmongViewers(actor, await currentPageVersions(), "overview", null, () => loadOverview(actor))}
        sections={visibleSections(actor)}
      />
    </div>
  );
}
