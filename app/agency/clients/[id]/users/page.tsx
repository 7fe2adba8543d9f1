import { PeopleTeam } from "@/components/people/people-team";
import { PortalAccessControl } from "@/components/people/portal-access-control";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { portalWarnings } from "@/lib/dal/people/portal-warnings";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";
import { pageData } from "@/lib/pages/page-data";
import { clientTeamRights } from "@/lib/authz/team-rights";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client users", undefined, "id");

/** A client's Users tab: its users, its invitations, its portal switch. Read-only for members. */
export default async function ClientUsersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const { id } = await params;
  const [team, users, invitations] = await pageData(
    Promise.all([
      getClientTeam(actor, id),
      listPeople(actor, clientTeam(id), { limit: 200 }),
      listInvitations(actor, clientTeam(id), { limit: 200 }),
    ]),
  );
  return (
    <section className="space-y-4" aria-labelledby="users-heading">
      <div>
        <h2 id="users-heading" className="text-lg font-semibold">
          {team.client.name} — users
        </h2>
        <p className="text-sm text-muted-foreground">
          Who can sign in to this client&apos;s portal, and what they see.
        </p>
      </div>
      <PortalAccessControl
        clientId={team.client.id}
        clientName={team.client.name}
        portalAccess={team.client.portalAccess}
        canManage={team.canManage}
      />
      <PeopleTeam
        scope={{ kind: "client", clientId: team.client.id, clientName: team.client.name }}
        people={users.items}
        invitations={invitations.items}
        assignables={team.agents}
        rights={clientTeamRights({ userId: actor.userId, canManage: team.canManage }, users.items, invitations.items)}
        warnings={portalWarnings(team.client)}
        viewerUserId={actor.userId}
        canResetMfa={team.canManage}
      />
    </section>
  );
}
