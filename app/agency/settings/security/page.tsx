import { ScimDirectorySection } from "@/components/console/security/scim-directory-section";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { requireDirectoryTenant, scimBaseUrl } from "@/lib/dal/scim-directories/directory-tenant";
import { getScimDirectory } from "@/lib/dal/scim-directories/get-scim-directory";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Security", "settings.manage");

// Security of the agency's staff (SPEC §11): a thin list of sections (SSO, MFA and SCIM each add theirs).
export default async function SecurityPage() {
  const actor = await requireStaffActor("settings.manage");
  const scim = await pageData(getScimDirectory(actor, null));
  return (
    <div className="space-y-6">
      <ScimDirectorySection directory={scim} clientId={null} baseUrl={scimBaseUrl(requireDirectoryTenant(actor, null))} />
    </div>
  );
}
