import "server-only";
import { withTenant } from "@/db/tenant";
import { registrationOptions, type RelyingParty } from "@/lib/auth/mfa/passkeys";
import { secondFactorState } from "@/lib/auth/mfa/second-factor-state";
import type { Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { confirmPassword } from "./internal/confirm-password";
import { sealEnrolment } from "./internal/enrolment-ticket";

/**
 * Options for the browser to create a passkey on this host, after the password. The relying
 * party's name is the agency's (white-label); the person's existing passkeys are excluded.
 */
export async function startPasskeyRegistration(actor: Actor, password: string, rp: RelyingParty) {
  requireSelf(actor);
  await confirmPassword(actor, password);
  const state = await withTenant(actor.agencyId, (tx) => secondFactorState(tx, actor.userId));
  const options = await registrationOptions({
    rp,
    rpName: actor.agencyName,
    user: { id: actor.userId, email: actor.email, name: actor.name },
    existingCredentialIds: state.passkeys,
  });
  return { options, ticket: sealEnrolment(actor.userId, { kind: "passkey", challenge: options.challenge }) };
}
