import { SsoConnectionsSection } from "@/components/console/security/sso-connections-section";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listSsoConnections } from "@/lib/dal/sso/list-sso-connections";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Security", "settings.manage");

// A thin list of sections: single sign-on here; MFA policy and SCIM directories add theirs.
export default async function SecurityPage() {
  const actor = await requireStaffActor("settings.manage");
  const { items } = await listSsoConnections(actor, { clientId: "" });
  return (
    <div className="grid gap-8">
      <SsoConnectionsSection connections={items} />
    </div>
  );
}
