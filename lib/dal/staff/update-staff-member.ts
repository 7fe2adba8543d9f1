import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { staffClientAssignments, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { canGrantStaffRole } from "@/lib/authz/staff-hierarchy";
import { STAFF_ROLES } from "@/lib/authz/staff-roles";
import { assertClientsOfAgency } from "@/lib/dal/invitations/internal/assert-clients-of-agency";
import { idList } from "@/lib/dal/invitations/internal/invitation-inputs";
import { ROLE_ABOVE_OWN } from "@/lib/dal/invitations/invite-staff-member";
import { textArray } from "@/lib/dal/client-users/user-dto";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertAnotherOwner, lockStaffMember } from "./internal/lock-staff-member";
import { toStaffDto } from "./staff-dto";

export const UpdateStaffInput = z
  .object({
    role: z.enum(STAFF_ROLES, "role must be owner, admin, manager or member").optional(),
    clientIds: idList("clientIds").optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.clientIds !== undefined, "Send role, clientIds or both.");

/**
 * Changes a colleague's role and/or client assignments (SPEC §4): nobody grants above their own
 * role, admins cannot touch owners or admins, the last owner stays an owner. The change applies
 * on the colleague's very next request (the actor is re-read every time).
 */
export async function updateStaffMember(actor: Actor, userId: string, raw: unknown) {
  const staff = requireStaff(actor, "staff.manage");
  const input = parseInput(UpdateStaffInput, raw);
  if (input.role && !canGrantStaffRole(staff.role, input.role)) throw forbidden(ROLE_ABOVE_OWN);
  return withTenant(staff.agencyId, async (tx) => {
    const before = await lockStaffMember(tx, staff, userId);
    const beforeClients = textArray(before.clientIds);
    if (before.role === "owner" && input.role && input.role !== "owner") await assertAnotherOwner(tx, staff.agencyId, userId);
    if (input.clientIds) await assertClientsOfAgency(tx, staff.agencyId, input.clientIds);
    if (input.role && input.role !== before.role) {
      await tx.update(users).set({ role: input.role }).where(and(eq(users.agencyId, staff.agencyId), eq(users.id, userId)));
    }
    if (input.clientIds) {
      await tx.delete(staffClientAssignments).where(eq(staffClientAssignments.userId, userId));
      if (input.clientIds.length) await tx.insert(staffClientAssignments).values(input.clientIds.map((clientId) => ({ userId, clientId })));
    }
    const after = { role: input.role ?? before.role, clientIds: [...(input.clientIds ?? beforeClients)].sort() };
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "role_change",
      target: { type: "user", id: userId },
      details: { email: before.email, before: { role: before.role, clientIds: beforeClients }, after, staff: true },
    });
    return toStaffDto({ ...before, ...after });
  });
}
