import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { invitations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { canGrantStaffRole } from "@/lib/authz/staff-hierarchy";
import { isStaffRole } from "@/lib/authz/staff-roles";
import { conflict, forbidden } from "@/lib/errors";
import { toInvitationDto } from "./invitation-dto";
import { ROLE_ABOVE_OWN } from "./invite-staff-member";
import { lockInvitation } from "./internal/lock-invitation";

/** Revokes a staff invitation; an admin cannot touch one that grants admin or owner. */
export async function revokeStaffInvitation(actor: Actor, invitationId: string) {
  const staff = requireStaff(actor, "staff.manage");
  return withTenant(staff.agencyId, async (tx) => {
    const current = await lockInvitation(tx, staff.agencyId, null, invitationId);
    if (!isStaffRole(current.role) || !canGrantStaffRole(staff.role, current.role)) throw forbidden(ROLE_ABOVE_OWN);
    if (current.status === "accepted") throw conflict("This invitation was already accepted: remove the team member instead.");
    if (current.status !== "pending") return toInvitationDto(current);
    const [row] = await tx.update(invitations).set({ status: "revoked", revokedAt: new Date() }).where(eq(invitations.id, current.id)).returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "invite_revoked",
      target: { type: "invitation", id: current.id },
      details: { email: current.email, role: current.role, staff: true },
    });
    return toInvitationDto(row);
  });
}
