import {
  invitePersonAction,
  removePersonAction,
  resendInvitationAction,
  revokeInvitationAction,
  signOutPersonAction,
  transferOwnershipAction,
  updatePersonAction,
} from "@/app/actions/people";
import { resetPersonMfaAction } from "@/app/actions/mfa-policy";
import type { Team } from "@/lib/dal/people/team";
import { STAFF_ROLE_LABELS } from "@/lib/authz/staff-roles";
import type { PeopleAudience } from "./audience";

const STAFF: Team = { kind: "staff" };

/** The agency's own team: console staff, assigned to clients. */
export const staffAudience: PeopleAudience = {
  roleLabels: STAFF_ROLE_LABELS,
  roleHints: {
    owner: "Everything, including agency billing and transferring ownership.",
    admin: "Every client, staff (below admin), settings and the audit log.",
    manager: "Edits the clients assigned below (none assigned: sees all, edits none).",
    member: "Read-only, and only the clients assigned below.",
  },
  defaultRole: "member",
  leadRole: "owner",
  assignment: {
    field: "clientIds",
    column: "Clients",
    legend: "Clients",
    noun: "client",
    empty: "No clients yet.",
    forRoles: ["manager", "member"],
    allRoles: ["owner", "admin"],
    allText: "All clients",
    unassignedText: (role) => (role === "manager" ? "All (view only)" : "None"),
  },
  text: {
    title: "Staff",
    description: "Everyone who works in this console. Role changes apply on their next click.",
    empty: "No staff yet.",
    emptyCanInvite: "No staff yet.",
    invite: "Invite staff",
    inviteTitle: "Invite a colleague",
    inviteDescription: "They get an email with a link to the console. The link works once, for seven days.",
    editDescription: "Role and client assignments.",
    signOutDescription: "Every session they have ends on its next request.",
    removeDescription: "They lose console access at once.",
    removeConfirm: "Remove",
    invitationsTitle: "Staff invitations",
    invitationsDescription: "Pending, accepted, expired and revoked, newest first.",
  },
  testIds: { table: "staff-table", row: "staff-row" },
  actions: {
    invite: ({ email, role, assignedIds }) => invitePersonAction(STAFF, { email, role, clientIds: assignedIds }),
    update: (userId, { role, assignedIds }) => updatePersonAction(STAFF, userId, { role, clientIds: assignedIds }),
    signOut: (userId) => signOutPersonAction(STAFF, userId),
    resetMfa: (userId) => resetPersonMfaAction(STAFF, userId),
    remove: (userId) => removePersonAction(STAFF, userId),
    resendInvitation: (invitationId) => resendInvitationAction(STAFF, invitationId),
    revokeInvitation: (invitationId) => revokeInvitationAction(STAFF, invitationId),
    transferOwnership: transferOwnershipAction,
  },
};
