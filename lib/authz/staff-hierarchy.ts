import { STAFF_ROLE_RANK, type StaffRole } from "./staff-roles";

/**
 * SPEC §4: nobody grants a role above their own. An owner may make another owner; an admin
 * only roles below admin (not owners, not other admins).
 */
export function canGrantStaffRole(actorRole: StaffRole, role: StaffRole): boolean {
  if (actorRole === "owner") return true;
  return STAFF_ROLE_RANK[role] < STAFF_ROLE_RANK[actorRole];
}

/** Whether the actor may change or remove a colleague: an admin cannot touch owners or admins, itself included. */
export function canManageStaffMember(actorRole: StaffRole, targetRole: StaffRole): boolean {
  if (actorRole === "owner") return true;
  return STAFF_ROLE_RANK[targetRole] < STAFF_ROLE_RANK[actorRole];
}

/**
 * SPEC §4: the agency always keeps an owner. A change that takes an owner's role away (a demotion,
 * or a removal when `nextRole` is null) needs another owner to remain.
 */
export function takesOwnershipAway(role: string, nextRole: string | null): boolean {
  return role === "owner" && nextRole !== "owner";
}
