import type { Metadata } from "next";
import { ClientDefaultsEditor } from "@/components/console/permissions/client-defaults-editor";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getClientDefaults } from "@/lib/dal/client-defaults/get-client-defaults";
import { previewDefaultsPropagation } from "@/lib/dal/client-defaults/preview-defaults-propagation";

export const metadata: Metadata = { title: "Client defaults" };

export default async function ClientDefaultsPage() {
  const actor = await requireStaffActor();
  const defaults = await getClientDefaults(actor);
  // Only those who may apply the defaults are told how many clients differ.
  const differing = defaults.canEdit ? (await previewDefaultsPropagation(actor, {})).differingClientCount : null;
  return (
    <ClientDefaultsEditor
      key={defaults.version}
      permissions={defaults.permissions}
      version={defaults.version}
      canEdit={defaults.canEdit}
      differingClientCount={differing}
    />
  );
}
