import { StaffTeam } from "@/components/people/staff-team";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listStaffInvitations } from "@/lib/dal/invitations/list-staff-invitations";
import { listAssignableClients } from "@/lib/dal/staff/list-assignable-clients";
import { listStaff } from "@/lib/dal/staff/list-staff";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Team", "staff.read");

/** Everyone sees the team; owners and admins manage it. */
export default async function TeamPage() {
  const actor = await requireStaffActor("staff.read");
  const caps = actor.resolved.capabilities;
  const canManage = caps.has("staff.manage");
  const [staff, invitations, clients] = await Promise.all([
    listStaff(actor, { limit: 200 }),
    canManage ? listStaffInvitations(actor, { limit: 200 }) : null,
    listAssignableClients(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Team" description={`The people who run ${actor.agencyName}.`} />
      <StaffTeam
        viewer={{ userId: actor.userId, role: actor.role }}
        staff={staff.items}
        invitations={invitations?.items ?? null}
        clients={clients}
        canManage={canManage}
        canTransfer={caps.has("ownership.transfer")}
      />
    </div>
  );
}
