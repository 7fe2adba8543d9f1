import type { Metadata } from "next";
import { IntegrationsBoard } from "@/components/portal/integrations/integrations-board";
import { PageHeader } from "@/components/ui/page-header";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { requirePortalActor } from "@/lib/portal/require-portal-actor";
import { connectIntegrationAction, disconnectIntegrationAction, sendWebhookTestAction, updateIntegrationAction } from "./actions";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const actor = await requirePortalActor("integrations.read");
  const integrations = await listIntegrations(actor);
  const canManage = actor.resolved.capabilities.has("integrations.manage") && !actor.preview;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Integrations"
        description={canManage ? "Connect your CRM, calendar and webhooks, and check that they work." : "The systems your agents are connected to, and whether they work. Your portal admin manages them."}
      />
      <IntegrationsBoard
        integrations={integrations}
        actions={canManage ? { connect: connectIntegrationAction, update: updateIntegrationAction, disconnect: disconnectIntegrationAction, test: sendWebhookTestAction } : undefined}
      />
    </div>
  );
}
