import type { Actor } from "@/lib/authz/actor";
import { canEditClient } from "@/lib/authz/guards";
import { canGrantStaffRole } from "@/lib/authz/staff-hierarchy";
import { isStaffRole } from "@/lib/authz/staff-roles";

/**
 * Who may see the secret an email carries (its reset or invitation link), decided when the mail
 * is sent and stored beside it. The rule (issue 18): nobody sees a secret that grants another
 * person's access, unless they could have granted that access themselves.
 *  - `recipient`: a password reset (and any future MFA or SSO ticket) is the recipient's alone.
 *  - `staff_invitation`: staff who may grant that role (an owner any; an admin managers and members).
 *  - `client_invitation`: staff who may invite people into that client (SPEC §4: edit the client).
 */
export type SecretAudience =
  | { kind: "recipient"; userId: string }
  | { kind: "staff_invitation"; role: string }
  | { kind: "client_invitation"; clientId: string; role: string };

/** A secret and who may see it: what a template hands to deliverMail with the rendered email. */
export type MailSecret = { value: string; audience: SecretAudience };

/** Whether this viewer may see the secret. Anything unknown or malformed is hidden. */
export function maySeeSecret(viewer: Actor, audience: SecretAudience | null | undefined): boolean {
  if (!audience || typeof audience !== "object") return false;
  switch (audience.kind) {
    case "recipient":
      return typeof audience.userId === "string" && viewer.userId === audience.userId;
    case "staff_invitation":
      return (
        viewer.kind === "agency" &&
        viewer.resolved.capabilities.has("staff.manage") &&
        isStaffRole(audience.role) &&
        canGrantStaffRole(viewer.role, audience.role)
      );
    case "client_invitation":
      return typeof audience.clientId === "string" && canEditClient(viewer, audience.clientId);
    default:
      return false;
  }
}

/** Why a viewer sees "hidden" instead of the link, in words for the outbox page. */
export function hiddenSecretReason(audience: SecretAudience | null | undefined): string {
  if (audience?.kind === "recipient")
    return "Only the recipient can open this link: it would let whoever follows it into their account.";
  if (audience?.kind === "staff_invitation")
    return "Only someone who may grant this role can see this invitation link.";
  return "Only people who may invite users to this client can see this invitation link.";
}
