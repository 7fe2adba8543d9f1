import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mfaFactors, mfaRecoveryCodes } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { hasSecondFactor, policyRequiresMfa, secondFactorState } from "@/lib/auth/mfa/second-factor-state";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { confirmPassword } from "./internal/confirm-password";

/**
 * Removes one of the person's own factors, after the password. The last one goes only where no
 * policy requires MFA; with it go the recovery codes, which would otherwise be a factor alone.
 */
export async function removeMfaFactor(actor: Actor, factorId: string, password: string) {
  requireSelf(actor);
  if (!isUuid(factorId)) throw notFound("Factor not found");
  await confirmPassword(actor, password);
  return withTenant(actor.agencyId, async (tx) => {
    const [removed] = await tx
      .delete(mfaFactors)
      .where(and(eq(mfaFactors.id, factorId), eq(mfaFactors.userId, actor.userId)))
      .returning({ kind: mfaFactors.kind, label: mfaFactors.label });
    if (!removed) throw notFound("Factor not found");
    const left = await secondFactorState(tx, actor.userId);
    if (!hasSecondFactor(left)) {
      const clientId = actor.kind === "client" ? actor.clientId : null;
      if (await policyRequiresMfa(tx, { agencyId: actor.agencyId, kind: actor.kind, clientId }))
        throw conflict("Your organisation requires a second factor. Add another before removing this one.");
      await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.userId));
    }
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "mfa_disabled",
      target: { type: "user", id: actor.userId },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { factor: removed.kind, ...(hasSecondFactor(left) ? {} : { last: true }) },
    });
    return { ok: true };
  });
}
