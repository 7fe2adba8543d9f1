import "server-only";
import type { invitations } from "@/db/schema";
import { deliverMail } from "@/lib/mail/deliver-mail";
import type { MailBrand } from "@/lib/mail/mail-brand";
import { invitationEmail } from "@/lib/mail/templates/invitation-email";
import { isUniqueViolation } from "@/lib/dal/internal/unique-violation";
import { conflict } from "@/lib/errors";
import { toInvitationDto, type InvitationResult } from "../invitation-dto";

type InvitationRow = typeof invitations.$inferSelect;

export const DELIVERY_FAILED_WARNING = "The email could not be sent. The invitation is saved: use Resend to try again.";

/**
 * Mails the link after the transaction committed: a rolled-back invitation never reaches an
 * inbox. A failed delivery leaves the invitation in place and says so.
 */
export async function mailInvitation(input: {
  brand: MailBrand;
  row: InvitationRow;
  token: string;
  inviterName: string;
  roleLabels: Readonly<Record<string, string>>;
  clientName?: string;
  warnings?: string[];
}): Promise<InvitationResult> {
  const role = input.row.role;
  const roleLabel = input.roleLabels[role] ?? role;
  const warnings = [...(input.warnings ?? [])];
  let delivery: InvitationResult["delivery"];
  try {
    delivery = await deliverMail(
      input.brand,
      input.row.email,
      invitationEmail(input.brand, {
        token: input.token,
        inviterName: input.inviterName,
        roleLabel,
        clientName: input.clientName,
        expiresAt: input.row.expiresAt,
        audience: input.row.clientId
          ? { kind: "client_invitation", clientId: input.row.clientId, role }
          : { kind: "staff_invitation", role },
      }),
    );
  } catch (error) {
    console.error("[mail] invitation delivery failed", error instanceof Error ? error.message : error);
    delivery = "failed";
    warnings.push(DELIVERY_FAILED_WARNING);
  }
  return { ...toInvitationDto(input.row), delivery, warnings };
}

/** Two invitations for one email racing past the check: the partial unique index answers for the loser. */
export async function mapInvitationRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "invitations_pending_email_key")) {
      throw conflict("This email already has a pending invitation. Resend it or revoke it instead of inviting again.");
    }
    throw error;
  }
}
