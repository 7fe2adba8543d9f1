import { DomainsManager } from "@/components/console/domains/domains-manager";
import { SenderAddressCard } from "@/components/console/domains/sender-address-card";
import { getSender } from "@/lib/dal/agencies/get-sender";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getConfig } from "@/lib/config";
import { cnameTarget } from "@/lib/dal/agencies/domain-dto";
import { listDomains } from "@/lib/dal/agencies/list-domains";
import { portalOrigin } from "@/lib/hosts";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Domains", "settings.manage");

export default async function DomainsPage() {
  const actor = await requireStaffActor("settings.manage");
  const [domains, sender] = await Promise.all([listDomains(actor), getSender(actor)]);
  const { appUrl, portalRootDomain, isProduction } = getConfig();
  return (
    <div className="grid gap-6">
      <DomainsManager
        domains={domains}
        defaultPortal={portalOrigin(actor.agencySlug, appUrl, portalRootDomain)}
        cnameTarget={cnameTarget()}
        autoVerified={!isProduction}
      />
      <SenderAddressCard sender={sender} />
    </div>
  );
}
