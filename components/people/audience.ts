import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Who a team page is about. Serialisable, so a server page can name it; the client-side
 * config (texts, roles, actions) is built from it by `audienceFor`.
 */
export type AudienceScope = { kind: "staff" } | { kind: "client"; clientId: string; clientName: string };

export type Named = { id: string; name: string };

/** The fields the team table reads; the staff and the client-user DTOs both fit. */
export type Person = {
  id: string;
  email: string;
  name: string;
  role: string;
  lastLoginAt: string | null;
  mfaEnabled?: boolean;
  clientIds?: string[];
  agentIds?: string[];
  /** Assignments to clients the viewer may not see arrive only as a count (SPEC §4). */
  hiddenClientCount?: number;
};

/** The fields the invitation table reads; every invitation DTO fits. */
export type Invitation = {
  id: string;
  email: string;
  role: string;
  status: "pending" | "accepted" | "expired" | "revoked";
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
};

export type PersonDraft = { email: string; role: string; assignedIds: string[] };

type Act = Promise<ActionResult<unknown>>;

/** The server actions of one audience, already bound to its scope (the client, for client users). */
export type PeopleActions = {
  invite: (draft: PersonDraft) => Act;
  update: (userId: string, draft: PersonDraft) => Act;
  signOut: (userId: string) => Act;
  resetMfa: (userId: string) => Act;
  remove: (userId: string) => Act;
  resendInvitation: (invitationId: string) => Act;
  revokeInvitation: (invitationId: string) => Act;
  transferOwnership?: (userId: string) => Act;
};

/** Everything that differs between the agency's staff and one client's users. */
export type PeopleAudience = {
  roleLabels: Record<string, string>;
  roleHints: Record<string, string>;
  /** The role a new invitation starts with. */
  defaultRole: string;
  /** The role whose badge stands out (the agency's owner). */
  leadRole?: string;
  assignment: {
    /** Which DTO field holds the assigned ids: clients for staff, AI agents for client users. */
    field: "clientIds" | "agentIds";
    column: string;
    legend: string;
    noun: string;
    empty: string;
    /** Roles the picker applies to; absent: every role. */
    forRoles?: readonly string[];
    hint?: (role: string) => string;
    /** Roles that reach everything whatever is assigned, and the column's text for them. */
    allRoles: readonly string[];
    allText: string;
    /** The column's text for someone with nothing assigned. */
    unassignedText: (role: string) => string;
  };
  text: {
    title: string;
    description: string;
    empty: string;
    emptyCanInvite: string;
    invite: string;
    inviteTitle: string;
    inviteDescription: string;
    editDescription: string;
    signOutDescription: string;
    removeDescription: string;
    removeConfirm: string;
    invitationsTitle: string;
    invitationsDescription: string;
  };
  testIds: { table: string; row: string };
  actions: PeopleActions;
};

/** A role's label, or the stored role itself for one outside the audience's catalogue. */
export function roleLabel(audience: PeopleAudience, role: string): string {
  return Object.hasOwn(audience.roleLabels, role) ? audience.roleLabels[role] : role;
}
