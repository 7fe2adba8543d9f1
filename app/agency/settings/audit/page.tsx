import { AddDestinationForm } from "@/components/console/audit/add-destination-form";
import { DestinationItem } from "@/components/console/audit/destination-item";
import { formatUtc } from "@/components/console/audit/format";
import { RetentionForm } from "@/components/console/audit/retention-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getAuditSettings } from "@/lib/dal/audit/get-audit-settings";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Audit retention & streaming", "settings.manage");

export default async function AuditSettingsPage() {
  const actor = await requireStaffActor("settings.manage");
  const settings = await getAuditSettings(actor);
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Retention</CardTitle>
          <CardDescription>
            {settings.oldestEventAt ? `Oldest event kept: ${formatUtc(settings.oldestEventAt)}.` : "No events yet."}
            {settings.lastPurge &&
              ` Last purge removed events before ${formatUtc(settings.lastPurge.purgedBefore)} (through #${settings.lastPurge.throughSeq}).`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <RetentionForm retentionDays={settings.retentionDays} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Streaming to your SIEM</CardTitle>
          <CardDescription>
            Every event is also sent to each destination, at least once and in order, with its id as the idempotency
            key. Failed deliveries are retried with increasing delays.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {settings.destinations.length > 0 ? (
            <ul className="grid gap-3" aria-label="Destinations">
              {settings.destinations.map((d) => (
                <DestinationItem key={d.id} destination={d} />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="no-destinations">
              No destinations yet. Add one below to stream your audit log to Splunk or any HTTPS endpoint.
            </p>
          )}
          <AddDestinationForm disabled={settings.destinations.length >= 5} />
        </CardContent>
      </Card>
    </div>
  );
}
