import { MfaPolicyCard } from "@/components/console/security/mfa-policy-card";
import { ScimDirectorySection } from "@/components/console/security/scim-directory-section";
import { SsoConnectionsSection } from "@/components/console/security/sso-connections-section";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { requireDirectoryTenant, scimBaseUrl } from "@/lib/dal/scim-directories/directory-tenant";
import { getScimDirectory } from "@/lib/dal/scim-directories/get-scim-directory";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { rolesFor } from "@/lib/dal/sso/inputs";
import { listSsoConnections } from "@/lib/dal/sso/list-sso-connections";
import { getMfaPolicy } from "@/lib/dal/mfa/get-mfa-policy";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client security", undefined, "id");

// A client's Security tab (SPEC §11), for staff who may edit the client: a thin list of sections.
export default async function ClientSecurityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const clientId = (await params).id;
  const scim = await pageData(getScimDirectory(actor, clientId));
  const [team, sso, policy] = await pageData(
    Promise.all([
      getClientTeam(actor, clientId),
      listSsoConnections(actor, { clientId }),
      getMfaPolicy(actor, clientId),
    ]),
  );
  return (
    <div className="space-y-6">
      <MfaPolicyCard clientId={clientId} requireMfa={policy.requireMfa} />
      <SsoConnectionsSection
        connections={sso.items}
        tenant={{ clientId, roles: rolesFor(clientId), agents: team.agents }}
      />
      <ScimDirectorySection
        directory={scim}
        clientId={clientId}
        baseUrl={scimBaseUrl(requireDirectoryTenant(actor, clientId))}
      />
    </div>
  );
}
