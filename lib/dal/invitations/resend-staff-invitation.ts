import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { canGrantStaffRole } from "@/lib/authz/staff-hierarchy";
import { isStaffRole } from "@/lib/authz/staff-roles";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { forbidden } from "@/lib/errors";
import type { InvitationResult } from "./invitation-dto";
import { ROLE_ABOVE_OWN } from "./invite-staff-member";
import { assertResendable } from "./internal/assert-reopenable";
import { lockInvitation } from "./internal/lock-invitation";
import { mailInvitation } from "./internal/mail-invitation";
import { reissueInvitation } from "./internal/open-invitation";

/** Resending re-grants the role, so the same hierarchy applies as to inviting. */
export async function resendStaffInvitation(actor: Actor, invitationId: string): Promise<InvitationResult> {
  const staff = requireStaff(actor, "staff.manage");
  const done = await withTenant(staff.agencyId, async (tx) => {
    const current = await lockInvitation(tx, staff.agencyId, null, invitationId);
    if (!isStaffRole(current.role) || !canGrantStaffRole(staff.role, current.role)) throw forbidden(ROLE_ABOVE_OWN);
    assertResendable(current);
    const reissued = await reissueInvitation(tx, current.id);
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "invite_sent",
      target: { type: "invitation", id: current.id },
      details: { email: current.email, role: current.role, resend: true, staff: true },
    });
    return { ...reissued, brand: await getMailBrand(tx, staff.agencyId, "staff") };
  });
  return mailInvitation({ brand: done.brand, row: done.row, token: done.token, inviterName: staff.name || staff.email });
}
