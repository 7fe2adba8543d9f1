import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { lockStaffMember } from "./internal/lock-staff-member";

/** "Sign out everywhere" on a colleague's row, within the same hierarchy as changing them. */
export async function signOutStaffMember(actor: Actor, userId: string) {
  const staff = requireStaff(actor, "staff.manage");
  await withTenant(staff.agencyId, async (tx) => {
    const member = await lockStaffMember(tx, staff, userId);
    await revokeUserSessions(tx, userId);
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "sessions_revoked",
      target: { type: "user", id: userId },
      details: { email: member.email, staff: true },
    });
  });
  return { ok: true };
}
