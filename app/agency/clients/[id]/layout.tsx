import type { ReactNode } from "react";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { ClientTabs } from "@/components/console/clients/client-tabs";
import { PortalStatusBadge } from "@/components/console/clients/portal-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { canEditClient } from "@/lib/authz/guards";
import { getClient } from "@/lib/dal/clients/get-client";
import { pageData } from "@/lib/pages/page-data";

// The header and tabs only; every tab's page loads and checks its own data.
export default async function ClientLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const actor = await requireStaffActor();
  const client = await pageData(getClient(actor, (await params).id));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link
          href="/agency/clients"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ChevronLeft className="size-4" aria-hidden /> Clients
        </Link>
        <PageHeader title={client.name} actions={<PortalStatusBadge access={client.portalAccess} />} />
      </div>
      <ClientTabs
        clientId={client.id}
        mayPreview={canEditClient(actor, client.id)}
        mayConnectProviders={canEditClient(actor, client.id) && actor.resolved.capabilities.has("settings.manage")}
      />
      {children}
    </div>
  );
}
