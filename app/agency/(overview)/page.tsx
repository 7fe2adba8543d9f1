import type { Metadata } from "next";
import { Clock, DollarSign, Mail, PauseCircle, PhoneCall, UserX } from "lucide-react";
import { formatCents, formatCount } from "@/components/console/format-figures";
import { StatCard } from "@/components/console/stat-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getAgencyOverview } from "@/lib/dal/agencies/get-agency-overview";

export const metadata: Metadata = { title: "Overview" };

export default async function ConsoleOverviewPage() {
  const actor = await requireStaffActor();
  const o = await getAgencyOverview(actor);
  const month = new Date(o.monthStart).toLocaleDateString("en-US", {
    month: "long",
    year: "numeric",
    timeZone: o.timeZone,
  });
  const scope = actor.resolved.readScope.all
    ? "all your clients"
    : `the ${o.clientCount === 1 ? "client" : `${o.clientCount} clients`} you are assigned`;
  return (
    <div className="space-y-6">
      <PageHeader title={actor.agencyName} description={`Your book of business at a glance — ${scope}, ${month}.`} />
      <section aria-label="This month" className="grid gap-4 sm:grid-cols-3">
        <StatCard testId="stat-calls" label="Calls this month" value={formatCount(o.callsThisMonth)} icon={PhoneCall} />
        <StatCard
          testId="stat-minutes"
          label="Minutes this month"
          value={formatCount(o.minutesThisMonth)}
          icon={Clock}
        />
        <StatCard
          testId="stat-spend"
          label="Spend this month"
          value={formatCents(o.spendThisMonthCents)}
          icon={DollarSign}
        />
      </section>
      <section aria-label="Needs attention" className="grid gap-4 sm:grid-cols-3">
        <StatCard
          testId="stat-without-users"
          label="Clients without users"
          value={formatCount(o.clientsWithoutUsers)}
          icon={UserX}
          href="/agency/clients"
          hint={`of ${formatCount(o.clientCount)} clients`}
        />
        <StatCard
          testId="stat-suspended"
          label="Suspended portals"
          value={formatCount(o.suspendedPortals)}
          icon={PauseCircle}
          href="/agency/clients"
        />
        <StatCard
          testId="stat-pending"
          label="Pending invitations"
          value={formatCount(o.pendingInvitations)}
          icon={Mail}
          href="/agency/clients"
        />
      </section>
    </div>
  );
}
