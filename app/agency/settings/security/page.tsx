import { MfaPolicyCard } from "@/components/console/security/mfa-policy-card";
import { ScimDirectorySection } from "@/components/console/security/scim-directory-section";
import { SsoConnectionsSection } from "@/components/console/security/sso-connections-section";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { requireDirectoryTenant, scimBaseUrl } from "@/lib/dal/scim-directories/directory-tenant";
import { getScimDirectory } from "@/lib/dal/scim-directories/get-scim-directory";
import { rolesFor } from "@/lib/dal/sso/inputs";
import { listBreakGlass } from "@/lib/dal/sso/list-break-glass";
import { listSsoConnections } from "@/lib/dal/sso/list-sso-connections";
import { getMfaPolicy } from "@/lib/dal/mfa/get-mfa-policy";
import { staffPageTitle } from "@/lib/pages/gated-title";
import { pageData } from "@/lib/pages/page-data";

export const generateMetadata = staffPageTitle("Security", "settings.manage");

// Security of the agency's staff (SPEC §11): a thin list of sections, one per capability.
export default async function SecurityPage() {
  const actor = await requireStaffActor("settings.manage");
  const { items } = await listSsoConnections(actor, { clientId: "" });
  const scim = await pageData(getScimDirectory(actor, null));
  const breakGlass = await listBreakGlass(actor);
  const policy = await getMfaPolicy(actor, null);
  return (
    <div className="grid gap-8">
      <MfaPolicyCard clientId={null} requireMfa={policy.requireMfa} />
      <SsoConnectionsSection
        connections={items}
        tenant={{ clientId: null, roles: rolesFor(null), agents: [] }}
        breakGlass={breakGlass}
      />
      <ScimDirectorySection
        directory={scim}
        clientId={null}
        baseUrl={scimBaseUrl(requireDirectoryTenant(actor, null))}
      />
    </div>
  );
}
