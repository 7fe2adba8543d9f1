import { ClientTeam } from "@/components/people/client-team";
import { PageHeader } from "@/components/ui/page-header";
import { getClientTeam } from "@/lib/dal/client-users/get-client-team";
import { listClientUsers } from "@/lib/dal/client-users/list-client-users";
import { portalWarnings } from "@/lib/dal/invitations/invite-client-user";
import { listClientInvitations } from "@/lib/dal/invitations/list-client-invitations";
import { requirePortalActor } from "@/lib/portal/require-portal-actor";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Team", "team.manage");

/** A client admin manages its own users here, when the agency allows it (team.manage). */
export default async function PortalTeamPage() {
  const actor = await requirePortalActor("team.manage");
  const [team, users, invitations] = await Promise.all([
    getClientTeam(actor, actor.clientId),
    listClientUsers(actor, actor.clientId, { limit: 200 }),
    listClientInvitations(actor, actor.clientId, { limit: 200 }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Team" description={`Invite colleagues at ${team.client.name} and choose what each of them sees.`} />
      <ClientTeam
        clientId={team.client.id}
        clientName={team.client.name}
        agents={team.agents}
        users={users.items}
        invitations={invitations.items}
        canManage={team.canManage}
        warnings={portalWarnings(team.client).filter((w) => !w.includes("suspended"))}
        viewerUserId={actor.userId}
      />
    </div>
  );
}
