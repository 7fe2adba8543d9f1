import { ConnectProviderForm } from "@/components/console/providers/connect-provider-form";
import { ProviderConnectionCard } from "@/components/console/providers/provider-connection-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { canEditClient } from "@/lib/authz/guards";
import { listProviderConnections } from "@/lib/dal/provider-connections/list-provider-connections";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client providers", undefined, "id");

// A client's own voice-provider connection (SPEC §13): it overrides the agency's for this client,
// and its agents belong to this client as soon as they are synced. Provider keys are settings:
// owners and admins who may edit the client. Others who see the client are told so (the client
// layout has already answered 404 to anyone who does not see it), as the Preview tab does.
export default async function ClientProvidersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const clientId = (await params).id;
  if (!canEditClient(actor, clientId) || !actor.resolved.capabilities.has("settings.manage"))
    return (
      <p className="text-sm text-muted-foreground">
        Only owners and admins who may edit this client connect its voice provider.
      </p>
    );
  const { items } = await listProviderConnections(actor);
  const own = items.filter((c) => c.clientId === clientId);
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>This client&apos;s voice provider</CardTitle>
          <CardDescription>
            Connect the client&apos;s own Vapi or Retell account when its agents run there rather than on yours.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ConnectProviderForm clientId={clientId} />
        </CardContent>
      </Card>
      {own.map((c) => (
        <ProviderConnectionCard key={c.id} connection={c} />
      ))}
    </div>
  );
}
