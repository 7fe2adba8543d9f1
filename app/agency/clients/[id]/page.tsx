import Link from "next/link";
import { Bot, Clock, DollarSign, Mail, PhoneCall, Users } from "lucide-react";
import { ArchiveClientButton } from "@/components/console/clients/archive-client-button";
import { ClientAccessSettings } from "@/components/console/clients/client-access-settings";
import { SectionBadges } from "@/components/console/clients/section-badges";
import { formatCents, formatCount } from "@/components/console/format-figures";
import { StatCard } from "@/components/console/stat-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getClient } from "@/lib/dal/clients/get-client";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client", undefined, "id");

export default async function ClientOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const client = await pageData(getClient(actor, (await params).id));
  const base = `/agency/clients/${client.id}`;
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label="AI agents" value={formatCount(client.agentCount)} icon={Bot} />
        <StatCard label="Calls this month" value={formatCount(client.thisMonth.calls)} icon={PhoneCall} />
        <StatCard label="Minutes this month" value={formatCount(client.thisMonth.minutes)} icon={Clock} />
        <StatCard label="Spend this month" value={formatCents(client.thisMonth.spendCents)} icon={DollarSign} />
        <StatCard
          label="Portal users"
          value={formatCount(client.userCount)}
          icon={Users}
          href={`${base}/users`}
          hint={client.userCount === 0 ? "Nobody can sign in yet" : undefined}
        />
        <StatCard
          label="Pending invitations"
          value={formatCount(client.pendingInvitationCount)}
          icon={Mail}
          href={`${base}/users`}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Portal access</CardTitle>
            <CardDescription>
              {client.canEdit
                ? "Withhold the portal, or let the client run its own team."
                : "You can see these settings; an owner, admin or the assigned manager can change them."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ClientAccessSettings
              clientId={client.id}
              portalAccess={client.portalAccess}
              clientAdminsManageUsers={client.clientAdminsManageUsers}
              canEdit={client.canEdit}
              timeZone={client.timeZone}
              agencyTimeZone={client.agencyTimeZone}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Sections switched on</CardTitle>
            <CardDescription>What the client&apos;s users can open in their portal, within their role.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            <SectionBadges sections={client.enabledSections} />
            <Link
              href={`${base}/permissions`}
              className="block text-sm font-medium text-primary-text underline-offset-4 hover:underline"
            >
              Review permissions
            </Link>
          </CardContent>
        </Card>
      </div>
      {client.canArchive && (
        <Card className="border-destructive/30">
          <CardHeader>
            <CardTitle>Archive client</CardTitle>
            <CardDescription>
              Removes the client from your lists and ends its users&apos; portal access.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ArchiveClientButton clientId={client.id} clientName={client.name} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
