import { Suspense } from "react";
import { InvoiceTable } from "@/components/portal/billing/invoice-table";
import { UsageCards } from "@/components/portal/billing/usage-cards";
import { SectionSkeleton } from "@/components/portal/section-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import type { ClientActor } from "@/lib/authz/actor";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Billing", "billing.read");

export default async function BillingPage() {
  const actor = await requirePortalActor("billing.read");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Billing"
        description={`Your rate, this month's usage and your invoices from ${actor.agencyName}.`}
      />
      <Suspense fallback={<SectionSkeleton variant="table" />}>
        <Billing actor={actor} />
      </Suspense>
    </div>
  );
}

async function Billing({ actor }: { actor: ClientActor }) {
  const billing = await getBilling(actor);
  return (
    <>
      <UsageCards billing={billing} />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Invoices</h2>
        <InvoiceTable invoices={billing.invoices} />
      </section>
    </>
  );
}
