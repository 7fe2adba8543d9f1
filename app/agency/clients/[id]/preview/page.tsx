import { StartPreviewButtons } from "@/components/preview/start-preview-buttons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { canEditClient } from "@/lib/authz/guards";
import { getClient } from "@/lib/dal/clients/get-client";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Preview as client", undefined, "id");

export default async function ClientPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffActor();
  await pageData(getClient(actor, id));
  const mayPreview = canEditClient(actor, id);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Preview as client</CardTitle>
        <CardDescription>
          Open this client&apos;s portal exactly as one of its roles sees it, read-only, with a banner. Each preview is
          recorded in the audit log. Agent-role users see only their assigned AI agents; a preview as agent has none
          assigned, so it shows what an unassigned agent would see.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {mayPreview ? (
          <StartPreviewButtons clientId={id} />
        ) : (
          <p className="text-sm text-muted-foreground">Only staff who may edit this client can preview its portal.</p>
        )}
      </CardContent>
    </Card>
  );
}
