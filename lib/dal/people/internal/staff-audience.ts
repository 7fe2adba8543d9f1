import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { staffClientAssignments, users } from "@/db/schema";
import type { StaffActor } from "@/lib/authz/actor";
import { canGrantStaffRole, canManageStaffMember, takesOwnershipAway } from "@/lib/authz/staff-hierarchy";
import { STAFF_ROLE_LABELS, STAFF_ROLES, isStaffRole } from "@/lib/authz/staff-roles";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { Audience } from "../audience";
import { toPersonDto, type StaffDto } from "../person-dto";
import { assertClientsOfAgency } from "./assert-clients-of-agency";

export const ROLE_ABOVE_OWN =
  "You cannot grant a role above your own: admins invite and manage managers and members only.";
export const CANNOT_MANAGE = "Admins cannot change or remove owners or other admins (themselves included).";

/** The fields input schemas need (lib/dal/people/inputs.ts), also read by the API reference. */
export const STAFF_INPUT_SHAPE = {
  roles: STAFF_ROLES,
  roleMessage: "role must be owner, admin, manager or member",
  assignment: "clientIds",
} as const;
/** The agency's staff, as seen by a staff member whose capability is checked already. */
export function staffAudience(staff: StaffActor): Audience<StaffDto> {
  const scope = staff.resolved.readScope;
  return {
    actor: staff,
    agencyId: staff.agencyId,
    clientId: null,
    noun: "Team member",
    ...STAFF_INPUT_SHAPE,
    roleLabels: STAFF_ROLE_LABELS,
    members: () => and(eq(users.agencyId, staff.agencyId), eq(users.kind, "agency"))!,
    assignedIds: () =>
      sql<
        string[]
      >`coalesce((select array_agg(s.client_id::text order by s.client_id) from staff_client_assignments s where s.user_id = ${users.id}), '{}')`,
    assertAssignable: (tx, ids) => assertClientsOfAgency(tx, staff.agencyId, ids),
    async replaceAssignments(tx, userId, ids) {
      await tx.delete(staffClientAssignments).where(eq(staffClientAssignments.userId, userId));
      if (ids.length) await tx.insert(staffClientAssignments).values(ids.map((clientId) => ({ userId, clientId })));
    },
    assertMayGrant(role) {
      if (!isStaffRole(role) || !canGrantStaffRole(staff.role, role)) throw forbidden(ROLE_ABOVE_OWN);
    },
    assertMayManage(role) {
      if (!isStaffRole(role)) throw notFound("Team member not found");
      if (!canManageStaffMember(staff.role, role)) throw forbidden(CANNOT_MANAGE);
    },
    // Admins cannot touch themselves (assertMayManage) and the owner is guarded by assertKeepsOwner.
    assertNotSelf: () => {},
    async assertKeepsOwner(tx, person, nextRole) {
      if (!takesOwnershipAway(person.role, nextRole)) return;
      await assertAnotherOwner(tx, staff.agencyId, person.id);
    },
    assertExists: async () => {},
    async invitationContext(tx) {
      return { brand: await getMailBrand(tx, staff.agencyId, "staff"), warnings: [] };
    },
    auditScope: (details) => ({ details: { ...details, staff: true } }),
    // A member sees its assigned clients only (SPEC §4): a colleague's assignment cannot hand it
    // the id of a client outside its reach, so those are counted, not named.
    toDto: (row) =>
      toPersonDto(row, (assigned) => {
        const clientIds = scope.all ? assigned : assigned.filter((id) => scope.clientIds.includes(id));
        return { clientIds, hiddenClientCount: assigned.length - clientIds.length };
      }),
  };
}

/**
 * Refuses to leave the agency without an owner. The owners' rows are locked, so two owners
 * demoting each other at once cannot both pass.
 */
async function assertAnotherOwner(tx: Queryable, agencyId: string, leavingOwnerId: string) {
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.agencyId, agencyId), eq(users.kind, "agency"), eq(users.status, "active"), eq(users.role, "owner")),
    )
    .for("update");
  if (!owners.some((o) => o.id !== leavingOwnerId)) {
    throw conflict("The agency's last owner cannot be removed or demoted. Transfer ownership to someone else first.");
  }
}
