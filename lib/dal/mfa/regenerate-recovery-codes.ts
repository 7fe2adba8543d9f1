import "server-only";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/replace-recovery-codes";
import { hasSecondFactor, secondFactorState } from "@/lib/auth/mfa/second-factor-state";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { conflict } from "@/lib/errors";
import { confirmPassword } from "./internal/confirm-password";

/** Ten new recovery codes replace the old ones (used or not), after the password; shown once. */
export async function regenerateRecoveryCodes(actor: Actor, password: string) {
  requireSelf(actor);
  await confirmPassword(actor, password);
  return withTenant(actor.agencyId, async (tx) => {
    if (!hasSecondFactor(await secondFactorState(tx, actor.userId)))
      throw conflict("Add an authenticator app or a passkey first.");
    const recoveryCodes = await replaceRecoveryCodes(tx, { id: actor.userId, agencyId: actor.agencyId });
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "mfa_enabled",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { factor: "recovery_codes", replaced: true },
    });
    return { recoveryCodes };
  });
}
