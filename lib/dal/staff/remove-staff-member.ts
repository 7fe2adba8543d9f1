import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { assertAnotherOwner, lockStaffMember } from "./internal/lock-staff-member";
import { toStaffDto } from "./staff-dto";

/** Removes a colleague (kept as "removed" for the record); every session of theirs ends now. */
export async function removeStaffMember(actor: Actor, userId: string) {
  const staff = requireStaff(actor, "staff.manage");
  return withTenant(staff.agencyId, async (tx) => {
    const before = await lockStaffMember(tx, staff, userId);
    if (before.role === "owner") await assertAnotherOwner(tx, staff.agencyId, userId);
    await tx.update(users).set({ status: "removed" }).where(and(eq(users.agencyId, staff.agencyId), eq(users.id, userId)));
    await revokeUserSessions(tx, userId);
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "user_removed",
      target: { type: "user", id: userId },
      details: { email: before.email, role: before.role, staff: true },
    });
    return toStaffDto({ ...before, status: "removed" });
  });
}
