import { linkTo, type MailBrand } from "../mail-brand";
import { renderEmail } from "../render-email";

/**
 * Answers a password-reset request from someone whose organisation signs in only with single
 * sign-on: a reset link would be refused anyway, so the mail points to the sign-in page instead.
 */
export function ssoOnlyEmail(brand: MailBrand) {
  return renderEmail(brand, {
    subject: `${brand.agencyName}: sign in with single sign-on`,
    heading: "Your organisation signs in with single sign-on",
    paragraphs: [
      `Someone asked to reset the password of your ${brand.agencyName} account. Your organisation signs in with single sign-on, so there is no password to reset here.`,
      'Open the sign-in page, type your email and choose "Continue with single sign-on".',
    ],
    action: { label: "Go to sign-in", url: linkTo(brand, "/login", {}) },
    footnote: "If you did not ask for this, ignore this email: nothing has changed.",
    secret: null,
  });
}
