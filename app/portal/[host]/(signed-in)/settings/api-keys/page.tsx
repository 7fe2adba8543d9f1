import type { Metadata } from "next";
import { ApiKeysSection } from "@/components/api-keys/api-keys-section";
import { PageHeader } from "@/components/ui/page-header";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { listApiKeys } from "@/lib/dal/api-keys/list-api-keys";
import { pageData } from "@/lib/pages/page-data";

export const metadata: Metadata = { title: "API keys" };

/** The client's own API keys (SPEC §12): its admins, only while the agency allows them (else 404). */
export default async function PortalApiKeysPage() {
  const actor = await requirePortalActor("settings.manage");
  const keys = await pageData(listApiKeys(actor));
  return (
    <div className="space-y-6">
      <PageHeader title="API keys" description={`Keys that let programs read ${actor.clientName}'s data.`} />
      <ApiKeysSection keys={keys} scopes={[...actor.resolved.capabilities].sort()} canSetRateLimit={false} />
    </div>
  );
}
