import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { createAuditDestination } from "@/lib/dal/audit/create-audit-destination";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { startClientPreview } from "@/lib/dal/preview/start-client-preview";
import { canaryMeta, consoleHost, portalHost, signIn } from "./actors";
import { canary, canaryEmail, lowerCanary } from "./canaries";
import type { PlantedAgency } from "./plant-agency";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

export type PlantedInvitations = { staffInvite: string; clientInvites: { clientId: string; id: string }[] };

export const staffOf = (a: PlantedAgency, label: string) => a.staff.find((s) => s.label === label)!;
const adminOf = (a: PlantedAgency) => a.clients[0].users.find((u) => u.role === "admin")!;

/**
 * The rows only verbs write, written by the verbs as the tenant's own people (so their audit
 * events, mail and versions carry the tenant's canaries): a SIEM destination, a staff and two
 * client invitations, an agent edit, a preview session and password resets.
 */
export async function plantThroughVerbs(agency: PlantedAgency, receiverUrl: string): Promise<PlantedInvitations> {
  const [first] = agency.clients;
  const owner = await signIn(staffOf(agency, "owner"), consoleHost(), canaryMeta(agency.tag, "owner"));
  await createAuditDestination(owner, {
    kind: "https_json",
    name: canary(agency.tag, "audit_destinations.name"),
    url: `${receiverUrl}/siem/${lowerCanary(agency.tag, "audit_destinations.url")}`,
    secret: canary(agency.tag, "audit_destinations.secret"),
  });
  const staffInvite = await invitePerson(owner, STAFF_TEAM, {
    email: canaryEmail(agency.tag, "invitee"),
    role: "member",
    clientIds: [first.id],
  });
  const clientInvites = [];
  for (const client of agency.clients) {
    const invite = await invitePerson(owner, clientTeam(client.id), {
      email: canaryEmail(client.tag, "invitee"),
      role: "analyst",
      agentIds: [],
    });
    clientInvites.push({ clientId: client.id, id: invite.id });
  }
  const clientAdmin = await signIn(adminOf(agency), portalHost(agency.slug), canaryMeta(first.tag, "admin"));
  await updateAgent(clientAdmin, first.agentIds[0], {
    version: 1,
    greeting: canary(first.tag, "ai_agents.greeting.v2"),
  });
  await startClientPreview(owner, first.id, { role: "admin" });
  await requestResets(agency);
  return { staffInvite: staffInvite.id, clientInvites };
}

/** A reset for a client user on the portal and for the owner on the console; resolves once both mails went out. */
export async function requestResets(agency: PlantedAgency) {
  const portal = await requestPasswordReset(
    adminOf(agency).email,
    portalHost(agency.slug),
    canaryMeta(agency.clients[0].tag, "reset"),
  );
  const console_ = await requestPasswordReset(
    staffOf(agency, "owner").email,
    consoleHost(),
    canaryMeta(agency.tag, "reset"),
  );
  await Promise.all([portal.delivered, console_.delivered]);
}
