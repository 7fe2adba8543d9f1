import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { AuthenticationResponseJSON } from "@simplewebauthn/types";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { mfaChallenges, mfaFactors } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { openHandedOffSession, type SecondFactor } from "@/lib/auth/open-handed-off-session";
import { checkTotpCode } from "./check-totp-code";
import { findSignInChallenge, type SignInChallenge } from "./find-sign-in-challenge";
import { mfaRetryAfter, recordMfaFailure } from "./mfa-throttle";
import { verifyAssertion, type RelyingParty } from "./passkeys";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { hasSecondFactor } from "./second-factor-state";
import { saveTotpFactor } from "./save-totp-factor";
import { spendRecoveryCode } from "./spend-recovery-code";

export type MfaProof =
  | { kind: "code"; code: string }
  | { kind: "enrol"; code: string }
  | { kind: "passkey"; response: AuthenticationResponseJSON; rp: RelyingParty };

export type MfaStepResult =
  | { ok: true; handoffToken: string; recoveryCodes?: string[]; recoveryCodesLeft?: number }
  | { ok: false; reason: "expired" | "invalid" | "throttled"; retryAfter?: number };

type Verdict =
  { ok: true; factor: SecondFactor; recoveryCodes?: string[]; recoveryCodesLeft?: number } | { ok: false; why: string };

/**
 * The second step of a password sign-in (SPEC §11): an authenticator code, a recovery code or a
 * passkey — or, when a policy requires MFA of someone without a factor, the first code of the app
 * being enrolled. Success ends the challenge and opens the session with its hand-off token; a
 * failure counts against the challenge (5) and the user (10 per 15 minutes) and is audited as
 * `login_failed` with step "mfa".
 */
export async function finishSignInChallenge(token: string, proof: MfaProof, meta: RequestMeta): Promise<MfaStepResult> {
  const challenge = await findSignInChallenge(token);
  if (!challenge) return { ok: false, reason: "expired" };
  const retryAfter = await mfaRetryAfter(challenge.user.id);
  if (retryAfter > 0) return { ok: false, reason: "throttled", retryAfter };

  const result = await withTenant(challenge.agencyId, async (tx) => {
    // Locked, and still open: of two requests racing with one challenge, one finishes it.
    const [open] = await tx
      .select({ id: mfaChallenges.id, webauthnChallenge: mfaChallenges.webauthnChallenge })
      .from(mfaChallenges)
      .where(and(eq(mfaChallenges.id, challenge.id), isNull(mfaChallenges.completedAt)))
      .for("update");
    if (!open) return { ok: false as const, reason: "expired" as const };
    const verdict = await check(tx, challenge, proof, open.webauthnChallenge, meta);
    const actor = { type: "user" as const, id: challenge.user.id, email: challenge.user.email, ...meta };
    if (!verdict.ok) {
      await tx
        .update(mfaChallenges)
        .set({ attempts: sql`${mfaChallenges.attempts} + 1`, webauthnChallenge: null })
        .where(eq(mfaChallenges.id, challenge.id));
      await emitAudit(tx, challenge.agencyId, actor, {
        action: "login_failed",
        target: { type: "user", id: challenge.user.id },
        outcome: "failure",
        clientId: challenge.user.clientId,
        details: { email: challenge.user.email, step: "mfa", reason: verdict.why },
      });
      return { ok: false as const, reason: "invalid" as const };
    }
    await tx
      .update(mfaChallenges)
      .set({ completedAt: sql`now()`, webauthnChallenge: null, pendingTotpSecretSealed: null })
      .where(eq(mfaChallenges.id, challenge.id));
    const handoffToken = await openHandedOffSession(tx, challenge.user, verdict.factor, meta);
    await emitAudit(tx, challenge.agencyId, actor, {
      action: "login_succeeded",
      target: { type: "user", id: challenge.user.id },
      clientId: challenge.user.clientId,
      details: {
        method: "password",
        secondFactor: verdict.factor,
        ...(challenge.breakGlass ? { breakGlass: true } : {}),
      },
    });
    return {
      ok: true as const,
      handoffToken,
      ...(verdict.recoveryCodes ? { recoveryCodes: verdict.recoveryCodes } : {}),
      ...(verdict.recoveryCodesLeft !== undefined ? { recoveryCodesLeft: verdict.recoveryCodesLeft } : {}),
    };
  });
  if (!result.ok && result.reason === "invalid") await recordMfaFailure(challenge.user.id);
  return result;
}

async function check(
  tx: Tx,
  challenge: SignInChallenge,
  proof: MfaProof,
  webauthnChallenge: string | null,
  meta: RequestMeta,
): Promise<Verdict> {
  const user = { id: challenge.user.id, agencyId: challenge.agencyId };
  const actor = { type: "user" as const, id: user.id, email: challenge.user.email, ...meta };
  if (proof.kind === "enrol") {
    // Enrolment at sign-in is only for someone a policy obliges who has no factor yet.
    if (hasSecondFactor(challenge.factors) || !challenge.pendingTotpSecretSealed)
      return { ok: false, why: "enrolment_not_open" };
    if (!(await saveTotpFactor(tx, user, challenge.pendingTotpSecretSealed, proof.code)))
      return { ok: false, why: "mfa_code_invalid" };
    const recoveryCodes = await replaceRecoveryCodes(tx, user);
    await emitAudit(tx, challenge.agencyId, actor, {
      action: "mfa_enabled",
      target: { type: "user", id: user.id },
      clientId: challenge.user.clientId,
      details: { factor: "totp", during: "sign_in" },
    });
    return { ok: true, factor: "totp", recoveryCodes };
  }
  if (proof.kind === "passkey") {
    if (!webauthnChallenge) return { ok: false, why: "passkey_challenge_missing" };
    const [passkey] = await tx
      .select()
      .from(mfaFactors)
      .where(
        and(
          eq(mfaFactors.userId, user.id),
          eq(mfaFactors.kind, "passkey"),
          eq(mfaFactors.credentialId, String(proof.response.id)),
        ),
      )
      .for("update");
    if (!passkey?.credentialId || !passkey.publicKey) return { ok: false, why: "passkey_unknown" };
    const signCount = await verifyAssertion({
      response: proof.response,
      expectedChallenge: webauthnChallenge,
      rp: proof.rp,
      passkey: {
        credentialId: passkey.credentialId,
        publicKey: passkey.publicKey,
        signCount: passkey.signCount,
        transports: passkey.transports ?? [],
      },
    });
    if (signCount === null) return { ok: false, why: "passkey_invalid" };
    await tx
      .update(mfaFactors)
      .set({ signCount, lastUsedAt: sql`now()` })
      .where(eq(mfaFactors.id, passkey.id));
    return { ok: true, factor: "passkey" };
  }
  const code = proof.code.trim();
  if (/^\d[\d\s]*$/.test(code)) {
    return (await checkTotpCode(tx, user.id, code))
      ? { ok: true, factor: "totp" }
      : { ok: false, why: "mfa_code_invalid" };
  }
  const left = await spendRecoveryCode(tx, user.id, code);
  if (left === null) return { ok: false, why: "recovery_code_invalid" };
  await emitAudit(tx, challenge.agencyId, actor, {
    action: "mfa_recovery_code_used",
    target: { type: "user", id: user.id },
    clientId: challenge.user.clientId,
    details: { remaining: left },
  });
  return { ok: true, factor: "recovery_code", recoveryCodesLeft: left };
}
