import { CLIENT_ROLES } from "./client-roles";
import { canGrantStaffRole, canManageStaffMember } from "./staff-hierarchy";
import { STAFF_ROLES, isStaffRole, type StaffRole } from "./staff-roles";

/**
 * What one viewer may do on a team page, computed by the page from the hierarchy rules and handed
 * to the team table as data, so no component restates SPEC §4. The verbs enforce the same rules.
 */
export type TeamRights = {
  canInvite: boolean;
  /** The roles the invite and edit dialogs offer. */
  grantableRoles: string[];
  /** People the viewer may edit, sign out everywhere and remove. */
  manageableIds: string[];
  /** People the viewer may hand the agency's ownership to. */
  ownershipTargetIds: string[];
  /** Invitations the viewer may resend or revoke (while still open). */
  manageableInvitationIds: string[];
};

type Row = { id: string; role: string };
const ids = (rows: Row[]) => rows.map((r) => r.id);

/** Staff: nobody grants above their own role; admins leave owners and admins (and themselves) alone. */
export function staffTeamRights(
  viewer: { userId: string; role: StaffRole; canManage: boolean; canTransfer: boolean },
  staff: Row[],
  invitations: Row[],
): TeamRights {
  const { userId, role, canManage, canTransfer } = viewer;
  const grantable = (r: string) => isStaffRole(r) && canGrantStaffRole(role, r);
  return {
    canInvite: canManage,
    grantableRoles: STAFF_ROLES.filter(grantable),
    manageableIds: canManage
      ? ids(staff.filter((s) => s.id !== userId && isStaffRole(s.role) && canManageStaffMember(role, s.role)))
      : [],
    ownershipTargetIds: canTransfer ? ids(staff.filter((s) => s.id !== userId && s.role !== "owner")) : [],
    manageableInvitationIds: canManage ? ids(invitations.filter((i) => grantable(i.role))) : [],
  };
}

/** A client's users: whoever may manage the team grants every client role, and cannot change itself. */
export function clientTeamRights(
  viewer: { userId: string; canManage: boolean },
  users: Row[],
  invitations: Row[],
): TeamRights {
  const { userId, canManage } = viewer;
  return {
    canInvite: canManage,
    grantableRoles: [...CLIENT_ROLES],
    manageableIds: canManage ? ids(users.filter((u) => u.id !== userId)) : [],
    ownershipTargetIds: [],
    manageableInvitationIds: canManage ? ids(invitations) : [],
  };
}
