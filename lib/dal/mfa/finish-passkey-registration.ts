import "server-only";
import type { RegistrationResponseJSON } from "@simplewebauthn/types";
import { withTenant } from "@/db/tenant";
import { mfaFactors } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { verifyRegistration, type RelyingParty } from "@/lib/auth/mfa/passkeys";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { conflict, invalid } from "@/lib/errors";
import { isStorableText } from "@/lib/storable-text";
import { openEnrolment } from "./internal/enrolment-ticket";
import { recoveryCodesIfNone } from "./internal/recovery-codes-if-none";

/** Saves the passkey the browser created, once its attestation checks out against the sealed challenge. */
export async function finishPasskeyRegistration(
  actor: Actor,
  input: { ticket: string; response: unknown; label: string },
  rp: RelyingParty,
) {
  requireSelf(actor);
  const { challenge } = openEnrolment(actor.userId, input.ticket, "passkey");
  const label =
    String(input.label ?? "")
      .trim()
      .slice(0, 80) || "Passkey";
  if (!isStorableText(label)) throw invalid("The name has characters that cannot be stored.");
  if (!input.response || typeof input.response !== "object") throw invalid("The browser gave no passkey.");
  const passkey = await verifyRegistration({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    rp,
  });
  if (!passkey) throw invalid("The passkey could not be verified. Try again.");
  return withTenant(actor.agencyId, async (tx) => {
    const user = { id: actor.userId, agencyId: actor.agencyId };
    const [saved] = await tx
      .insert(mfaFactors)
      .values({ agencyId: actor.agencyId, userId: actor.userId, kind: "passkey", label, ...passkey })
      .onConflictDoNothing()
      .returning({ id: mfaFactors.id });
    if (!saved) throw conflict("This passkey is already registered.");
    const recoveryCodes = await recoveryCodesIfNone(tx, user);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "mfa_enabled",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { factor: "passkey", label },
    });
    return { id: saved.id, recoveryCodes };
  });
}
