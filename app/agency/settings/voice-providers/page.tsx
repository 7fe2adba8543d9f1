import { ConnectProviderForm } from "@/components/console/providers/connect-provider-form";
import { IngestHealthPanel } from "@/components/console/providers/ingest-health-panel";
import { ProviderAgentsTable } from "@/components/console/providers/provider-agents-table";
import { ProviderConnectionCard } from "@/components/console/providers/provider-connection-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listClients } from "@/lib/dal/clients/list-clients";
import { listProviderAgents } from "@/lib/dal/provider-agents/list-provider-agents";
import { listProviderConnections } from "@/lib/dal/provider-connections/list-provider-connections";
import { getIngestHealth } from "@/lib/dal/provider-events/get-ingest-health";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Voice providers", "settings.manage");

// The agency's voice providers (SPEC §13): connections, their call intake, and the imported agents.
export default async function VoiceProvidersPage() {
  const actor = await requireStaffActor("settings.manage");
  const [{ items: connections }, agents, clients] = await Promise.all([
    listProviderConnections(actor),
    listProviderAgents(actor, { limit: 200 }),
    listClients(actor, { limit: 100 }),
  ]);
  const agencyWide = connections.filter((c) => c.clientId === null);
  const health = await Promise.all(agencyWide.map((c) => getIngestHealth(actor, c.id)));
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Connect a voice provider</CardTitle>
          <CardDescription>
            Your agents and their calls come from here. A client&apos;s own connection (its Providers tab) overrides
            this one for that client.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ConnectProviderForm clientId={null} />
        </CardContent>
      </Card>
      {agencyWide.map((c, i) => (
        <div key={c.id} className="grid gap-4">
          <ProviderConnectionCard connection={c} />
          <IngestHealthPanel health={health[i]} />
        </div>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>Agents</CardTitle>
          <CardDescription>Assign each imported agent to the client whose calls it answers.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProviderAgentsTable
            agents={agents.items}
            clients={clients.items.filter((c) => c.canEdit).map((c) => ({ id: c.id, name: c.name }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
