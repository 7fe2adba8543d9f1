"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { relyingPartyOf } from "@/lib/auth/mfa/passkeys";
import { confirmTotpEnrolment } from "@/lib/dal/mfa/confirm-totp-enrolment";
import { finishPasskeyRegistration } from "@/lib/dal/mfa/finish-passkey-registration";
import { regenerateRecoveryCodes } from "@/lib/dal/mfa/regenerate-recovery-codes";
import { removeMfaFactor } from "@/lib/dal/mfa/remove-mfa-factor";
import { startPasskeyRegistration } from "@/lib/dal/mfa/start-passkey-registration";
import { startTotpEnrolment } from "@/lib/dal/mfa/start-totp-enrolment";
import { currentRequestOrigin } from "@/lib/http/current-request-origin";

// The signed-in person's own second factors (their account page). Every verb re-checks the
// session and, for a change, the password.

export async function startTotpEnrolmentAction(password: string) {
  return runAction(async () => startTotpEnrolment(await requireActor(), String(password ?? "")));
}

export async function confirmTotpEnrolmentAction(ticket: string, code: string) {
  return runAction(
    async () => confirmTotpEnrolment(await requireActor(), { ticket: String(ticket ?? ""), code: String(code ?? "") }),
    "Authenticator app added.",
  );
}

export async function startPasskeyRegistrationAction(password: string) {
  return runAction(async () =>
    startPasskeyRegistration(
      await requireActor(),
      String(password ?? ""),
      relyingPartyOf(await currentRequestOrigin()),
    ),
  );
}

export async function finishPasskeyRegistrationAction(ticket: string, response: unknown, label: string) {
  return runAction(
    async () =>
      finishPasskeyRegistration(
        await requireActor(),
        { ticket: String(ticket ?? ""), response, label: String(label ?? "") },
        relyingPartyOf(await currentRequestOrigin()),
      ),
    "Passkey added.",
  );
}

export async function removeMfaFactorAction(factorId: string, password: string) {
  return runAction(
    async () => removeMfaFactor(await requireActor(), String(factorId ?? ""), String(password ?? "")),
    "Removed.",
  );
}

export async function regenerateRecoveryCodesAction(password: string) {
  return runAction(async () => regenerateRecoveryCodes(await requireActor(), String(password ?? "")));
}
