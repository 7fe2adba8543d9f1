import { and, eq, gt, sql } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  agencies,
  auditEvents,
  clients,
  mfaChallenges,
  mfaFactors,
  mfaRecoveryCodes,
  sessions,
  ssoConnections,
  users,
} from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { userIdOf } from "@/db/testing/lookups";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { secretBox } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import { removeMfaFactor } from "@/lib/dal/mfa/remove-mfa-factor";
import { resetPersonMfa } from "@/lib/dal/mfa/reset-person-mfa";
import { setClientMfaPolicy, setStaffMfaPolicy } from "@/lib/dal/mfa/set-mfa-policy";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";
import { findSignInChallenge } from "./find-sign-in-challenge";
import { finishSignInChallenge } from "./finish-sign-in-challenge";
import { prepareSignInEnrolment } from "./prepare-sign-in-enrolment";
import { startPasskeySignIn } from "./start-passkey-sign-in";
import { hashRecoveryCode } from "./recovery-codes";
import { newTotpSecret } from "./totp";

const PASSWORD = "demo-portal-2026";
const CONSOLE = "localhost:3000";
const ACME = "acme.localhost:3000";
const META = { ip: "10.20.0.1", userAgent: "vitest" };

const passwordStep = async (email: string, host: string) => {
  const result = await verifyCredentials({ email, password: PASSWORD, host, meta: META });
  if (result.ok || result.reason !== "mfa_required")
    throw new Error(`expected a second step, got ${JSON.stringify(result)}`);
  return result.challengeToken;
};
const codeFor = (secret: string) => generate({ secret });
const otherCode = async (secret: string) => String((Number(await codeFor(secret)) + 1) % 1_000_000).padStart(6, "0");

/** Gives a seeded user an authenticator app directly (sealed as enrolment stores it) and returns its secret. */
async function giveTotp(email: string): Promise<{ userId: string; secret: string }> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const secret = newTotpSecret();
  await db.insert(mfaFactors).values({
    agencyId: user.agencyId,
    userId: user.id,
    kind: "totp",
    totpSecretSealed: secretBox().seal(secret, user.id),
  });
  return { userId: user.id, secret };
}

async function auditOf(userId: string, action: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, action)));
}

async function rejects(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the second sign-in step", () => {
  it("asks a user with an authenticator app for a code, refuses a wrong one (audited) and a replayed one", async () => {
    const { userId, secret } = await giveTotp("supervisor@brightdental.test");
    const token = await passwordStep("supervisor@brightdental.test", ACME);
    const db = await getDb();
    // No session yet: only the challenge, whose token is stored hashed.
    expect(
      await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date()))),
    ).toHaveLength(0);
    expect(JSON.stringify(await db.select().from(mfaChallenges))).not.toContain(token);

    expect(await finishSignInChallenge(token, { kind: "code", code: await otherCode(secret) }, META)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const [failed] = await auditOf(userId, "login_failed");
    expect(failed.details).toMatchObject({ step: "mfa", reason: "mfa_code_invalid" });

    const code = await codeFor(secret);
    const done = await finishSignInChallenge(token, { kind: "code", code }, META);
    expect(done.ok).toBe(true);
    const [session] = await db.select().from(sessions).where(eq(sessions.userId, userId));
    expect(session.secondFactor).toBe("totp");
    expect(session.handoffTokenHash).toBeTruthy();
    const [succeeded] = await auditOf(userId, "login_succeeded");
    expect(succeeded.details).toMatchObject({ method: "password", secondFactor: "totp" });

    // The finished challenge is gone, and the same code on a new challenge is refused.
    expect(await finishSignInChallenge(token, { kind: "code", code }, META)).toEqual({ ok: false, reason: "expired" });
    const again = await passwordStep("supervisor@brightdental.test", ACME);
    expect(await finishSignInChallenge(again, { kind: "code", code }, META)).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts each recovery code once and audits its use", async () => {
    const { userId } = await giveTotp("analyst@brightdental.test");
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    await db.insert(mfaRecoveryCodes).values(
      ["abcde-fghjk", "mnpqr-stuvw"].map((code) => ({
        agencyId: user.agencyId,
        userId,
        codeHash: hashRecoveryCode(code),
      })),
    );
    const first = await finishSignInChallenge(
      await passwordStep("analyst@brightdental.test", ACME),
      { kind: "code", code: "ABCDE FGHJK" },
      META,
    );
    expect(first).toMatchObject({ ok: true, recoveryCodesLeft: 1 });
    const [used] = await auditOf(userId, "mfa_recovery_code_used");
    expect(used.details).toEqual({ remaining: 1 });
    expect(
      await finishSignInChallenge(
        await passwordStep("analyst@brightdental.test", ACME),
        { kind: "code", code: "abcde-fghjk" },
        META,
      ),
    ).toEqual({ ok: false, reason: "invalid" });
  });

  it("ends a challenge after 5 minutes and after 5 wrong codes", async () => {
    const { secret } = await giveTotp("admin@novarealty.test");
    const db = await getDb();
    const stale = await passwordStep("admin@novarealty.test", ACME);
    await db.update(mfaChallenges).set({ expiresAt: sql`now() - interval '1 second'` });
    expect(await findSignInChallenge(stale)).toBeNull();
    expect(await finishSignInChallenge(stale, { kind: "code", code: await codeFor(secret) }, META)).toMatchObject({
      reason: "expired",
    });

    const token = await passwordStep("admin@novarealty.test", ACME);
    for (let i = 0; i < 5; i++)
      expect(await finishSignInChallenge(token, { kind: "code", code: await otherCode(secret) }, META)).toMatchObject({
        ok: false,
      });
    expect(await finishSignInChallenge(token, { kind: "code", code: await codeFor(secret) }, META)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a challenge once the user's password changed or the portal was paused", async () => {
    const { userId, secret } = await giveTotp("admin@summitlegal.test");
    const db = await getDb();
    const token = await passwordStep("admin@summitlegal.test", ACME);
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    expect(await finishSignInChallenge(token, { kind: "code", code: await codeFor(secret) }, META)).toEqual({
      ok: false,
      reason: "expired",
    });
    const next = await passwordStep("admin@summitlegal.test", ACME);
    const [summit] = await db.select().from(clients).where(eq(clients.name, "Summit Legal"));
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, summit.id));
    expect(await findSignInChallenge(next)).toBeNull();
    await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, summit.id));
  });

  it("makes someone a policy obliges enrol at sign-in, with 10 recovery codes, audited", async () => {
    const db = await getDb();
    const userId = await userIdOf("agent@brightdental.test");
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    await db.update(clients).set({ requireMfa: true }).where(eq(clients.id, user.clientId!));
    const token = await passwordStep("agent@brightdental.test", ACME);
    const challenge = (await findSignInChallenge(token))!;
    const { secret, uri } = await prepareSignInEnrolment(challenge);
    expect(uri).toContain("issuer=Acme");
    // A reload shows the same secret; it is stored sealed, never plain.
    expect((await prepareSignInEnrolment((await findSignInChallenge(token))!)).secret).toBe(secret);
    expect(JSON.stringify(await db.select().from(mfaChallenges))).not.toContain(secret);
    // A plain code is no enrolment, and a wrong first code enrols nothing.
    expect(await finishSignInChallenge(token, { kind: "code", code: await codeFor(secret) }, META)).toMatchObject({
      ok: false,
    });
    expect(await finishSignInChallenge(token, { kind: "enrol", code: await otherCode(secret) }, META)).toMatchObject({
      ok: false,
    });
    expect(await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId))).toHaveLength(0);

    const done = await finishSignInChallenge(token, { kind: "enrol", code: await codeFor(secret) }, META);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.recoveryCodes).toHaveLength(10);
    const [factor] = await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId));
    expect(factor.totpSecretSealed).not.toContain(secret);
    const stored = await db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(done.recoveryCodes![0]);
    expect((await auditOf(userId, "mfa_enabled"))[0].details).toEqual({ factor: "totp", during: "sign_in" });
    await db.update(clients).set({ requireMfa: false }).where(eq(clients.id, user.clientId!));
  });
});

describe("passkeys at the second step", () => {
  it("refuses an answer without a challenge issued, for another credential, or that does not verify", async () => {
    const db = await getDb();
    const userId = await userIdOf("admin@novarealty.test");
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    const publicKey = Buffer.from("not a COSE key").toString("base64url");
    const credentialId = Buffer.from("nova-credential-1").toString("base64url");
    await db.insert(mfaFactors).values({
      agencyId: user.agencyId,
      userId,
      kind: "passkey",
      label: "Test key",
      credentialId,
      publicKey,
    });
    const rp = { rpID: "acme.localhost", origin: "http://acme.localhost:3000" };
    const answer = (id: string) =>
      ({
        id,
        rawId: id,
        type: "public-key",
        response: { clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" },
        clientExtensionResults: {},
      }) as never;
    const token = await passwordStep("admin@novarealty.test", ACME);
    expect(await finishSignInChallenge(token, { kind: "passkey", response: answer(credentialId), rp }, META)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const options = await startPasskeySignIn((await findSignInChallenge(token))!, rp);
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([credentialId]);
    expect(
      await finishSignInChallenge(
        token,
        { kind: "passkey", response: answer(Buffer.from("someone-else").toString("base64url")), rp },
        META,
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    await startPasskeySignIn((await findSignInChallenge(token))!, rp);
    expect(await finishSignInChallenge(token, { kind: "passkey", response: answer(credentialId), rp }, META)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const reasons = (await auditOf(userId, "login_failed")).map((e) => (e.details as { reason: string }).reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["passkey_challenge_missing", "passkey_unknown", "passkey_invalid"]),
    );
    expect(
      await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), eq(sessions.secondFactor, "passkey"))),
    ).toHaveLength(0);
  });
});

describe("break-glass into an SSO-only agency", () => {
  it("needs the owner's second factor", async () => {
    const db = await getDb();
    const owner = await staffFor("owner@globex.test");
    await db.insert(ssoConnections).values({
      agencyId: owner.agencyId,
      type: "oidc",
      name: "Enforced",
      defaultRole: "member",
      enforced: true,
    });
    expect(
      await verifyCredentials({ email: "owner@globex.test", password: PASSWORD, host: CONSOLE, meta: META }),
    ).toEqual({
      ok: false,
      reason: "sso_required",
    });
    expect((await auditOf(owner.userId, "login_failed")).at(-1)?.details).toMatchObject({
      reason: "break_glass_without_mfa",
    });
    const { secret } = await giveTotp("owner@globex.test");
    const token = await passwordStep("owner@globex.test", CONSOLE);
    expect((await finishSignInChallenge(token, { kind: "code", code: await codeFor(secret) }, META)).ok).toBe(true);
    expect((await auditOf(owner.userId, "login_succeeded")).at(-1)?.details).toMatchObject({
      breakGlass: true,
      secondFactor: "totp",
    });
    await db.delete(ssoConnections).where(eq(ssoConnections.agencyId, owner.agencyId));
  });
});

describe("MFA policies and resets", () => {
  it("a client policy ends password-only sessions of users without a factor, not of those with one", async () => {
    const db = await getDb();
    const staff = await staffFor("admin@acme.test");
    const clientId = (await clientUserFor("admin@globexdental.test")).clientId;
    // Another agency's client does not exist for Acme's admin.
    expect(await rejects(setClientMfaPolicy(staff, clientId, { requireMfa: true }))).toBe("not_found");
    expect(await rejects(setClientMfaPolicy(staff, "not-a-uuid", { requireMfa: true }))).toBe("not_found");

    // Bright's admin has no factor; its supervisor has one (given above).
    const bare = await clientUserFor("admin@brightdental.test");
    const withFactor = await clientUserFor("supervisor@brightdental.test");
    expect(await rejects(setClientMfaPolicy(staff, bare.clientId, { requireMfa: "yes" }))).toBe("validation_failed");
    const result = await setClientMfaPolicy(staff, bare.clientId, { requireMfa: true });
    expect(result.requireMfa).toBe(true);
    expect(result.signedOut).toBeGreaterThan(0);
    const [ended] = await db.select().from(sessions).where(eq(sessions.id, bare.sessionId!));
    expect(ended.revokedAt).not.toBeNull();
    const [kept] = await db.select().from(sessions).where(eq(sessions.id, withFactor.sessionId!));
    expect(kept.revokedAt).toBeNull();
    // A member not assigned Bright finds no such client; a client's own admin no such staff verb (404).
    expect(
      await rejects(setClientMfaPolicy(await staffFor("member@acme.test"), bare.clientId, { requireMfa: false })),
    ).toBe("not_found");
    expect(await rejects(setClientMfaPolicy(withFactor, bare.clientId, { requireMfa: false }))).toBe("not_found");
    expect((await setClientMfaPolicy(staff, bare.clientId, { requireMfa: false })).requireMfa).toBe(false);
  });

  it("the staff policy needs a factor on the switcher's own account", async () => {
    const admin = await staffFor("admin@acme.test");
    expect(await rejects(setStaffMfaPolicy(admin, { requireMfa: true }))).toBe("conflict");
    expect(await rejects(setStaffMfaPolicy(await staffFor("manager@acme.test"), { requireMfa: true }))).toBe(
      "forbidden",
    );
    await giveTotp("admin@acme.test");
    expect(await setStaffMfaPolicy(admin, { requireMfa: true })).toMatchObject({ requireMfa: true });
    const db = await getDb();
    const [acme] = await db.select().from(agencies).where(eq(agencies.id, admin.agencyId));
    expect(acme.requireMfaForStaff).toBe(true);
    // Staff without a factor now enrol at sign-in.
    const token = await passwordStep("member@acme.test", CONSOLE);
    expect((await findSignInChallenge(token))?.factors.totp).toBe(false);
    await setStaffMfaPolicy(admin, { requireMfa: false });
  });

  it("staff who may edit a client reset a user's factors; the client's admin and other agencies may not", async () => {
    const { userId } = await giveTotp("admin@globexdental.test");
    const globexClient = (await clientUserFor("admin@globexdental.test")).clientId;
    expect(await rejects(resetPersonMfa(await staffFor("owner@acme.test"), clientTeam(globexClient), userId))).toBe(
      "not_found",
    );
    expect(
      await rejects(resetPersonMfa(await clientUserFor("admin@globexdental.test"), clientTeam(globexClient), userId)),
    ).toBe("not_found");
    const owner = await staffFor("owner@globex.test");
    const mfaShown = async () =>
      (await listPeople(owner, clientTeam(globexClient))).items.find((p) => p.id === userId)?.mfaEnabled;
    expect(await mfaShown()).toBe(true);
    expect(await resetPersonMfa(owner, clientTeam(globexClient), userId)).toEqual({ ok: true, factorsRemoved: 1 });
    expect(await mfaShown()).toBe(false);
    const db = await getDb();
    expect(await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId))).toHaveLength(0);
    const [reset] = await db.select().from(auditEvents).where(eq(auditEvents.action, "mfa_reset"));
    expect(reset.targetId).toBe(userId);
  });

  it("one's last factor stays while a policy requires one, and a wrong password changes nothing", async () => {
    const { userId } = await giveTotp("admin@brightdental.test");
    const actor = await clientUserFor("admin@brightdental.test");
    const db = await getDb();
    const [factor] = await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId));
    expect(await rejects(removeMfaFactor(actor, factor.id, "wrong-password-9"))).toBe("validation_failed");
    await db.update(clients).set({ requireMfa: true }).where(eq(clients.id, actor.clientId));
    expect(await rejects(removeMfaFactor(actor, factor.id, PASSWORD))).toBe("conflict");
    expect(await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId))).toHaveLength(1);
    await db.update(clients).set({ requireMfa: false }).where(eq(clients.id, actor.clientId));
    // Someone else's factor id is not found.
    expect(
      await rejects(removeMfaFactor(await clientUserFor("supervisor@brightdental.test"), factor.id, PASSWORD)),
    ).toBe("not_found");
    expect(await removeMfaFactor(actor, factor.id, PASSWORD)).toEqual({ ok: true });
    expect((await auditOf(userId, "mfa_disabled"))[0].details).toEqual({ factor: "totp", last: true });
  });
});
