import type { Metadata } from "next";
import { InvoiceTable } from "@/components/portal/billing/invoice-table";
import { UsageCards } from "@/components/portal/billing/usage-cards";
import { PageHeader } from "@/components/ui/page-header";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { requirePortalActor } from "@/lib/portal/require-portal-actor";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage() {
  const actor = await requirePortalActor("billing.read");
  const billing = await getBilling(actor);
  return (
    <div className="space-y-6">
      <PageHeader title="Billing" description={`Your rate, this month's usage and your invoices from ${actor.agencyName}.`} />
      <UsageCards billing={billing} />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Invoices</h2>
        <InvoiceTable invoices={billing.invoices} />
      </section>
    </div>
  );
}
