/**
 * What a person reads when single sign-on fails: plain, about their sign-in, never naming the
 * platform. The exact reason is in the audit log (`login_failed`) and in "Test sign-in".
 */
export const SSO_FAILURE_MESSAGES: Record<string, string> = {
  portal_suspended: "Access to this portal is paused. Please contact your account manager.",
  user_deactivated: "Your account has been deactivated. Please contact your administrator.",
  unknown_user: "There is no account for this email here. Ask your administrator for an invitation.",
  email_domain_not_allowed: "Your organisation's sign-in cannot be used for this email address.",
  not_in_tenant: "Your organisation's sign-in cannot be used for this account.",
  identity_mismatch: "This account is linked to another identity at your organisation's sign-in.",
  throttled: "Too many sign-in attempts. Please wait a few minutes and try again.",
};

export function ssoFailureMessage(reason: string): string {
  return (
    SSO_FAILURE_MESSAGES[reason] ?? "Single sign-on did not complete. Please try again or contact your administrator."
  );
}
