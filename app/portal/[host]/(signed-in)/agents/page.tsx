import { Suspense } from "react";
import { AgentList } from "@/components/portal/agents/agent-list";
import { SectionSkeleton } from "@/components/portal/section-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import type { ClientActor } from "@/lib/authz/actor";
import { listAgents } from "@/lib/dal/agents/list-agents";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Agents", "agents.read");

export default async function AgentsPage() {
  const actor = await requirePortalActor("agents.read");
  const canEdit = actor.resolved.capabilities.has("agents.update") && !actor.preview;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Agents"
        description={
          canEdit
            ? "Your AI phone agents. Open one to change what it says and how it behaves."
            : "Your AI phone agents, their numbers and their latest calls."
        }
      />
      <Suspense fallback={<SectionSkeleton variant="table" />}>
        <Agents actor={actor} />
      </Suspense>
    </div>
  );
}

async function Agents({ actor }: { actor: ClientActor }) {
  return <AgentList agents={await listAgents(actor)} />;
}
