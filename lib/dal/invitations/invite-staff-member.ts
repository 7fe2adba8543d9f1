import "server-only";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { canGrantStaffRole } from "@/lib/authz/staff-hierarchy";
import { STAFF_ROLES } from "@/lib/authz/staff-roles";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { InvitationResult } from "./invitation-dto";
import { assertClientsOfAgency } from "./internal/assert-clients-of-agency";
import { InviteEmail, uniqueIds } from "./internal/invitation-inputs";
import { mailInvitation, mapInvitationRace } from "./internal/mail-invitation";
import { openInvitation } from "./internal/open-invitation";

export const InviteStaffInput = z.object({
  email: InviteEmail,
  role: z.enum(STAFF_ROLES, "role must be owner, admin, manager or member"),
  clientIds: uniqueIds("clientIds"),
}).strict();

export const ROLE_ABOVE_OWN = "You cannot grant a role above your own: admins invite and manage managers and members only.";

/** Invites a colleague to the agency console (owner/admin; nobody grants above their own role). */
export async function inviteStaffMember(actor: Actor, raw: unknown): Promise<InvitationResult> {
  const staff = requireStaff(actor, "staff.manage");
  const input = parseInput(InviteStaffInput, raw);
  if (!canGrantStaffRole(staff.role, input.role)) throw forbidden(ROLE_ABOVE_OWN);
  const done = await mapInvitationRace(() => withTenant(staff.agencyId, async (tx) => {
    await assertClientsOfAgency(tx, staff.agencyId, input.clientIds);
    const opened = await openInvitation(tx, {
      agencyId: staff.agencyId, clientId: null, email: input.email, role: input.role,
      agentIds: [], clientIds: input.clientIds, invitedById: staff.userId,
    });
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "invite_sent",
      target: { type: "invitation", id: opened.row.id },
      details: { email: input.email, role: input.role, clientIds: input.clientIds, staff: true },
    });
    return { ...opened, brand: await getMailBrand(tx, staff.agencyId, "staff") };
  }));
  return mailInvitation({ brand: done.brand, row: done.row, token: done.token, inviterName: staff.name || staff.email });
}
