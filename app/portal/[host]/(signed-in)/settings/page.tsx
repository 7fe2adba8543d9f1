import type { Metadata } from "next";
import Link from "next/link";
import { TimeZoneForm } from "@/components/portal/settings/time-zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { getClientSettings } from "@/lib/dal/client-settings/get-client-settings";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";

export const metadata: Metadata = { title: "Settings" };

/** The client admin's own settings: the time zone every day and time in the portal is read in. */
export default async function PortalSettingsPage() {
  const actor = await requirePortalActor("settings.manage");
  const settings = await getClientSettings(actor);
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" description={`Settings for ${actor.clientName}.`} />
      <TimeZoneForm settings={settings} readOnly={!!actor.preview} />
      {settings.apiKeysAllowed && (
        <p className="text-sm">
          Programs can read your data with an API key:{" "}
          <Link className="font-medium underline" href="/settings/api-keys">
            manage API keys
          </Link>
          .
        </p>
      )}
    </div>
  );
}
