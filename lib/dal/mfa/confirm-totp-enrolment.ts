import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mfaFactors } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { saveTotpFactor } from "@/lib/auth/mfa/save-totp-factor";
import { secretBox } from "@/lib/crypto/secret-box";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { invalid } from "@/lib/errors";
import { openEnrolment } from "./internal/enrolment-ticket";
import { recoveryCodesIfNone } from "./internal/recovery-codes-if-none";

/**
 * Finishes adding the authenticator app with its first code; an earlier app is replaced. Returns
 * new recovery codes when the person had none (shown once), else null.
 */
export async function confirmTotpEnrolment(actor: Actor, input: { ticket: string; code: string }) {
  requireSelf(actor);
  const { secret } = openEnrolment(actor.userId, input.ticket, "totp");
  return withTenant(actor.agencyId, async (tx) => {
    const user = { id: actor.userId, agencyId: actor.agencyId };
    const [previous] = await tx
      .delete(mfaFactors)
      .where(and(eq(mfaFactors.userId, actor.userId), eq(mfaFactors.kind, "totp")))
      .returning({ id: mfaFactors.id });
    if (!(await saveTotpFactor(tx, user, secretBox().seal(secret, actor.userId), String(input.code ?? ""))))
      throw invalid("That code is not right. Check the app and try again.", { fields: { code: "is not right" } });
    const recoveryCodes = await recoveryCodesIfNone(tx, user);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "mfa_enabled",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { factor: "totp", ...(previous ? { replaced: true } : {}) },
    });
    return { recoveryCodes };
  });
}
