import { ClientPermissionsEditor } from "@/components/console/permissions/client-permissions-editor";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client permissions", undefined, "id");

export default async function ClientPermissionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const dto = await pageData(getClientPermissions(actor, (await params).id));
  // Keyed by version: after a save (or someone else's) the editor starts again from what is stored.
  return <ClientPermissionsEditor key={dto.version} dto={dto} />;
}
