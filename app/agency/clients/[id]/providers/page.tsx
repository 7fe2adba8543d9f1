import { ConnectProviderForm } from "@/components/console/providers/connect-provider-form";
import { ProviderConnectionCard } from "@/components/console/providers/provider-connection-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { requireConnectionManager } from "@/lib/dal/provider-connections/internal/require-connection-manager";
import { listProviderConnections } from "@/lib/dal/provider-connections/list-provider-connections";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";
import { isUuid } from "@/lib/uuid";
import { notFound } from "next/navigation";

export const generateMetadata = staffPageTitle("Client providers", "settings.manage", "id");

// A client's own voice-provider connection (SPEC §13): it overrides the agency's for this client,
// and its agents belong to this client as soon as they are synced.
export default async function ClientProvidersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor("settings.manage");
  const clientId = (await params).id;
  if (!isUuid(clientId)) notFound();
  await pageData(Promise.resolve().then(() => requireConnectionManager(actor, clientId)));
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
