import { Suspense } from "react";
import { IntegrationsBoard } from "@/components/portal/integrations/integrations-board";
import { WebhookDeliveries } from "@/components/portal/integrations/webhook-deliveries";
import { SectionSkeleton } from "@/components/portal/section-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import type { ClientActor } from "@/lib/authz/actor";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { listWebhookDeliveries } from "@/lib/dal/integrations/list-webhook-deliveries";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Integrations", "integrations.read");

export default async function IntegrationsPage() {
  const actor = await requirePortalActor("integrations.read");
  const canManage = actor.resolved.capabilities.has("integrations.manage") && !actor.preview;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Integrations"
        description={
          canManage
            ? "Connect your CRM, calendar and webhooks, and check that they work."
            : "The systems your agents are connected to, and whether they work. Your portal admin manages them."
        }
      />
      <Suspense fallback={<SectionSkeleton variant="cards" />}>
        <Integrations actor={actor} canManage={canManage} />
      </Suspense>
    </div>
  );
}

async function Integrations({ actor, canManage }: { actor: ClientActor; canManage: boolean }) {
  const [integrations, deliveries] = [await listIntegrations(actor), await listWebhookDeliveries(actor)];
  return (
    <div className="space-y-8">
      <IntegrationsBoard integrations={integrations} canManage={canManage} />
      <WebhookDeliveries deliveries={deliveries} canManage={canManage} />
    </div>
  );
}
