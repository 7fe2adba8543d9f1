import { PeopleTeam } from "@/components/people/people-team";
import { PageHeader } from "@/components/ui/page-header";
import { portalWarnings } from "@/lib/dal/people/portal-warnings";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { clientTeamRights } from "@/lib/authz/team-rights";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Team", "team.manage");

/** A client admin manages its own users here, when the agency allows it (team.manage). */
export default async function PortalTeamPage() {
  const actor = await requirePortalActor("team.manage");
  const [team, users, invitations] = await Promise.all([
    getClientTeam(actor, actor.clientId),
    listPeople(actor, clientTeam(actor.clientId), { limit: 200 }),
    listInvitations(actor, clientTeam(actor.clientId), { limit: 200 }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Team"
        description={`Invite colleagues at ${team.client.name} and choose what each of them sees.`}
      />
      <PeopleTeam
        scope={{ kind: "client", clientId: team.client.id, clientName: team.client.name }}
        people={users.items}
        invitations={invitations.items}
        assignables={team.agents}
        rights={clientTeamRights({ userId: actor.userId, canManage: team.canManage }, users.items, invitations.items)}
        warnings={portalWarnings(team.client).filter((w) => !w.includes("suspended"))}
        viewerUserId={actor.userId}
      />
    </div>
  );
}
