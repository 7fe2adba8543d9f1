import type { Metadata } from "next";
import { StaffTeam } from "@/components/people/staff-team";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listAssignableClients } from "@/lib/dal/people/list-assignable-clients";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { STAFF_TEAM } from "@/lib/dal/people/team";

export const metadata: Metadata = { title: "Team" };

/** Everyone sees the team; owners and admins manage it. */
export default async function TeamPage() {
  const actor = await requireStaffActor("staff.read");
  const caps = actor.resolved.capabilities;
  const canManage = caps.has("staff.manage");
  const [staff, invitations, clients] = await Promise.all([
    listPeople(actor, STAFF_TEAM, { limit: 200 }),
    canManage ? listInvitations(actor, STAFF_TEAM, { limit: 200 }) : null,
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
