import { ClientTeam } from "@/components/people/client-team";
import { PortalAccessControl } from "@/components/people/portal-access-control";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getClientTeam } from "@/lib/dal/client-users/get-client-team";
import { listClientUsers } from "@/lib/dal/client-users/list-client-users";
import { portalWarnings } from "@/lib/dal/invitations/invite-client-user";
import { listClientInvitations } from "@/lib/dal/invitations/list-client-invitations";
import { orNotFound } from "@/lib/pages/or-not-found";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Client users", undefined, "id");

/** A client's Users tab: its users, its invitations, its portal switch. Read-only for members. */
export default async function ClientUsersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaffActor();
  const { id } = await params;
  const [team, users, invitations] = await orNotFound(() => Promise.all([
    getClientTeam(actor, id),
    listClientUsers(actor, id, { limit: 200 }),
    listClientInvitations(actor, id, { limit: 200 }),
  ]));
  return (
    <section className="space-y-4" aria-labelledby="users-heading">
      <div>
        <h2 id="users-heading" className="text-lg font-semibold">{team.client.name} — users</h2>
        <p className="text-sm text-muted-foreground">Who can sign in to this client&apos;s portal, and what they see.</p>
      </div>
      <PortalAccessControl clientId={team.client.id} clientName={team.client.name} portalAccess={team.client.portalAccess} canManage={team.canManage} />
      <ClientTeam
        clientId={team.client.id}
        clientName={team.client.name}
        agents={team.agents}
        users={users.items}
        invitations={invitations.items}
        canManage={team.canManage}
        warnings={portalWarnings(team.client)}
      />
    </section>
  );
}
