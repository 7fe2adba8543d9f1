import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { AgentSettingsForm } from "@/components/portal/agents/agent-settings-form";
import { AgentSettingsView } from "@/components/portal/agents/agent-settings-view";
import { AgentStatusBadge } from "@/components/portal/agents/agent-status-badge";
import { AgentVersionHistory } from "@/components/portal/agents/agent-version-history";
import { LocalTime } from "@/components/portal/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { getAgent } from "@/lib/dal/agents/get-agent";
import { getAgentChoices } from "@/lib/dal/agents/get-agent-choices";
import { pageData } from "@/lib/pages/page-data";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePortalActor("agents.read");
  const agent = await pageData(getAgent(actor, (await params).id));
  return { title: agent.name };
}

export default async function AgentPage({ params }: Props) {
  const actor = await requirePortalActor("agents.read");
  const agent = await pageData(getAgent(actor, (await params).id));
  const canEdit = actor.resolved.capabilities.has("agents.update") && !actor.preview;
  const choices = canEdit ? await getAgentChoices(actor, agent.id) : null;
  return (
    <div className="space-y-6">
      <Link
        href="/agents"
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> All agents
      </Link>
      <PageHeader
        title={agent.name}
        description={
          <>
            Version {agent.version} · last changed <LocalTime iso={agent.updatedAt} />
          </>
        }
      >
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <AgentStatusBadge status={agent.status} />
          {agent.phoneNumbers.map((p) => (
            <span key={p.e164} className="rounded-md border px-2 py-0.5 text-xs">
              <span className="font-mono">{p.e164}</span> · {p.label}
            </span>
          ))}
          <span className="text-xs text-muted-foreground">
            Last call: <LocalTime iso={agent.lastCallAt} fallback="none yet" />
          </span>
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {canEdit ? (
          <AgentSettingsForm
            key={agent.version}
            agentId={agent.id}
            version={agent.version}
            settings={agent.settings}
            voices={choices?.voices}
            languages={choices?.languages}
            choicesNotice={choices?.notice}
          />
        ) : (
          <AgentSettingsView settings={agent.settings} />
        )}
        <AgentVersionHistory
          agentId={agent.id}
          agencyName={actor.agencyName}
          versions={agent.versions}
          currentVersion={agent.version}
          canRevert={canEdit}
        />
      </div>
    </div>
  );
}
