import {
  invitePersonAction,
  removePersonAction,
  resendInvitationAction,
  revokeInvitationAction,
  signOutPersonAction,
  updatePersonAction,
} from "@/app/actions/people";
import { resetPersonMfaAction } from "@/app/actions/mfa-policy";
import type { Team } from "@/lib/dal/people/team";
import { CLIENT_ROLE_LABELS } from "@/lib/authz/client-roles";
import type { PeopleAudience } from "./audience";

const agentHint = (role: string) =>
  role === "admin"
    ? "Admins see every agent; assignments do not limit them."
    : role === "agent"
      ? "The agent role sees only these agents' calls (none: nothing)."
      : "None selected: all agents. Otherwise only these agents and their calls.";

/** One client's portal users, assigned to its AI agents; the same from the console and the portal. */
export function clientAudience(clientId: string, clientName: string): PeopleAudience {
  const team: Team = { kind: "client", clientId };
  return {
    roleLabels: CLIENT_ROLE_LABELS,
    roleHints: {
      admin: "Everything the agency switched on, every agent, and (if allowed) the team.",
      supervisor: "Calls with recordings, analytics, agent edits; no billing.",
      analyst: "Calls with transcripts and analytics; no recordings, no billing.",
      agent: "Only the calls of the agents assigned below.",
    },
    defaultRole: "analyst",
    assignment: {
      field: "agentIds",
      column: "Agents",
      legend: "AI agents",
      noun: "agent",
      empty: "This client has no AI agents yet.",
      hint: agentHint,
      allRoles: ["admin"],
      allText: "All agents",
      unassignedText: (role) => (role === "agent" ? "None assigned" : "All agents"),
    },
    text: {
      title: "Users",
      description: `People who sign in to ${clientName}'s portal. Changes apply on their next click.`,
      empty: "No users yet.",
      emptyCanInvite: "No users yet. Invite the first one to open the portal to them.",
      invite: "Invite user",
      inviteTitle: `Invite a user to ${clientName}`,
      inviteDescription:
        "They get an email with a link to set their name and password. The link works once, for seven days.",
      editDescription: "Role and agent assignments. The new rights apply on their next request.",
      signOutDescription: "Every session they have ends on its next request. They can sign in again.",
      removeDescription: `They lose access to ${clientName}'s portal at once. You can invite them again later.`,
      removeConfirm: "Remove user",
      invitationsTitle: "Invitations",
      invitationsDescription: "Pending, accepted, expired and revoked invitations, newest first.",
    },
    testIds: { table: "users-table", row: "user-row" },
    actions: {
      invite: ({ email, role, assignedIds }) => invitePersonAction(team, { email, role, agentIds: assignedIds }),
      update: (userId, { role, assignedIds }) => updatePersonAction(team, userId, { role, agentIds: assignedIds }),
      signOut: (userId) => signOutPersonAction(team, userId),
      resetMfa: (userId) => resetPersonMfaAction(team, userId),
      remove: (userId) => removePersonAction(team, userId),
      resendInvitation: (invitationId) => resendInvitationAction(team, invitationId),
      revokeInvitation: (invitationId) => revokeInvitationAction(team, invitationId),
    },
  };
}
