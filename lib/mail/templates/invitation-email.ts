import { linkTo, type MailBrand } from "../mail-brand";
import { renderEmail } from "../render-email";
import type { SecretAudience } from "../secret-audience";

export function invitationEmail(
  brand: MailBrand,
  input: {
    token: string;
    inviterName: string;
    roleLabel: string;
    /** The client's name for a portal invitation; absent for agency staff. */
    clientName?: string;
    expiresAt: Date;
    /** Who may see the link besides the invitee: those who could have granted this access. */
    audience: SecretAudience;
  },
) {
  const url = linkTo(brand, "/accept-invite", { token: input.token });
  const where = input.clientName ? `the ${input.clientName} portal` : `the ${brand.agencyName} agency console`;
  return renderEmail(brand, {
    subject: input.clientName
      ? `${brand.agencyName}: you're invited to the ${input.clientName} portal`
      : `${brand.agencyName}: you're invited to join the team`,
    heading: `You're invited to ${where}`,
    paragraphs: [
      `${input.inviterName} invited you to ${where} as ${input.roleLabel}.`,
      "Choose your name and a password to accept. The link works once.",
    ],
    action: { label: "Accept invitation", url },
    footnote: `This invitation expires on ${input.expiresAt.toUTCString()}. If you did not expect it, ignore this email.`,
    secret: { value: input.token, audience: input.audience },
  });
}
