import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import type { StaffActor } from "@/lib/authz/actor";
import { canManageStaffMember } from "@/lib/authz/staff-hierarchy";
import { isStaffRole, type StaffRole } from "@/lib/authz/staff-roles";
import { isUuid } from "@/lib/uuid";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { staffColumns } from "../staff-dto";

export const CANNOT_MANAGE = "Admins cannot change or remove owners or other admins (themselves included).";

/** An active colleague of this agency, locked, that the actor may manage (SPEC §4); else 404 / 403. */
export async function lockStaffMember(tx: Queryable, actor: StaffActor, userId: string) {
  if (!isUuid(userId)) throw notFound("Team member not found");
  const [row] = await tx
    .select(staffColumns)
    .from(users)
    .where(and(eq(users.agencyId, actor.agencyId), eq(users.kind, "agency"), eq(users.status, "active"), eq(users.id, userId)))
    .for("update");
  if (!row || !isStaffRole(row.role)) throw notFound("Team member not found");
  if (!canManageStaffMember(actor.role, row.role)) throw forbidden(CANNOT_MANAGE);
  return { ...row, role: row.role as StaffRole };
}

/**
 * Refuses to leave the agency without an owner. The owners' rows are locked, so two owners
 * demoting each other at once cannot both pass.
 */
export async function assertAnotherOwner(tx: Queryable, agencyId: string, leavingOwnerId: string) {
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.kind, "agency"), eq(users.status, "active"), eq(users.role, "owner")))
    .for("update");
  if (!owners.some((o) => o.id !== leavingOwnerId)) {
    throw conflict("The agency's last owner cannot be removed or demoted. Transfer ownership to someone else first.");
  }
}
