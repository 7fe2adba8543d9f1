import { PeopleTeam } from "@/components/people/people-team";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listAssignableClients } from "@/lib/dal/people/list-assignable-clients";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { staffTeamRights } from "@/lib/authz/team-rights";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Team", "staff.read");

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
  const viewer = { userId: actor.userId, role: actor.role, canManage, canTransfer: caps.has("ownership.transfer") };
  return (
    <div className="space-y-6">
      <PageHeader title="Team" description={`The people who run ${actor.agencyName}.`} />
      <PeopleTeam
        scope={{ kind: "staff" }}
        people={staff.items}
        invitations={invitations?.items ?? null}
        assignables={clients}
        rights={staffTeamRights(viewer, staff.items, invitations?.items ?? [])}
        viewerUserId={actor.userId}
        canResetMfa={canManage}
      />
    </div>
  );
}
