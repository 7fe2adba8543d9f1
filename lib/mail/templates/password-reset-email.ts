import { linkTo, type MailBrand } from "../mail-brand";
import { renderEmail } from "../render-email";

/** The link is the recipient's alone: whoever follows it chooses the account's password. */
export function passwordResetEmail(brand: MailBrand, input: { token: string; expiresAt: Date; userId: string }) {
  const url = linkTo(brand, "/reset-password", { token: input.token });
  return renderEmail(brand, {
    subject: `${brand.agencyName}: reset your password`,
    heading: "Reset your password",
    paragraphs: [
      `Someone asked to reset the password of your ${brand.agencyName} account. If it was you, choose a new password with the button below.`,
      "Setting a new password signs you out everywhere else.",
    ],
    action: { label: "Choose a new password", url },
    footnote: `The link works once and expires at ${input.expiresAt.toUTCString()}. If you did not ask for it, ignore this email: your password stays as it is.`,
    secret: { value: input.token, audience: { kind: "recipient", userId: input.userId } },
  });
}
