import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, auditEvents, invitations, mfaFactors, passwordResets, ssoConnections } from "@/db/schema";
import { actorFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { clientIdOf, userIdOf } from "@/db/testing/lookups";
import { lastMailTo } from "@/db/testing/mail-for";
import { generate } from "otplib";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { finishSignInChallenge } from "@/lib/auth/mfa/finish-sign-in-challenge";
import { newTotpSecret } from "@/lib/auth/mfa/totp";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { newLinkToken } from "@/lib/auth/tokens";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { secretBox } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import { SSO_ONLY_MESSAGE } from "@/lib/sso/sso-only";
import { createSsoConnection } from "./create-sso-connection";
import { listBreakGlass } from "./list-break-glass";
import { listSsoConnections } from "./list-sso-connections";
import { updateSsoConnection } from "./update-sso-connection";

const SECRET = "the-oidc-client-secret-0123456789";
const oidc = (extra: Record<string, unknown> = {}) => ({
  type: "oidc",
  name: "Acme Okta",
  domains: ["acme.test"],
  oidc: { issuer: "https://idp.example.com", clientId: "acme-console", clientSecret: SECRET },
  defaultRole: "member",
  ...extra,
});
const statusOf = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e) => (e instanceof AppError ? e.status : Promise.reject(e)),
  );

describe("SSO connections (SPEC §9)", () => {
  it("answers URLs on the tenant's host and never the secret; the secret is sealed and absent from the audit", async () => {
    const owner = await staffFor("owner@acme.test");
    const staffConn = await createSsoConnection(owner, oidc());
    expect(staffConn.callbackUrl).toBe(`http://localhost:3000/api/sso/${staffConn.id}/callback`);
    expect(JSON.stringify(staffConn)).not.toContain(SECRET);
    const bright = await clientIdOf("Bright Dental");
    const clientConn = await createSsoConnection(
      owner,
      oidc({ clientId: bright, defaultRole: "analyst", domains: ["brightdental.test"] }),
    );
    expect(clientConn.startUrl).toBe(`http://acme.localhost:3000/api/sso/${clientConn.id}/start`);
    const db = await getDb();
    const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.id, staffConn.id));
    expect(row!.oidcClientSecretSealed).not.toContain(SECRET);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "sso_config_change"));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    const listed = await listSsoConnections(owner);
    expect(listed.items.map((c) => c.id)).toEqual(expect.arrayContaining([staffConn.id, clientConn.id]));
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it("lets only owners/admins configure staff SSO and only editors of a client configure its SSO", async () => {
    const member = await staffFor("member@acme.test");
    const manager = await staffFor("manager@acme.test"); // assigned Bright Dental only
    expect(await statusOf(createSsoConnection(member, oidc()))).toBe(403);
    expect(await statusOf(createSsoConnection(manager, oidc()))).toBe(403);
    expect(
      await statusOf(
        createSsoConnection(manager, oidc({ clientId: await clientIdOf("Summit Legal"), defaultRole: "analyst" })),
      ),
    ).toBe(404);
    expect(
      await statusOf(
        createSsoConnection(
          manager,
          oidc({ clientId: await clientIdOf("Bright Dental"), defaultRole: "analyst", name: "BD" }),
        ),
      ),
    ).toBe(200);
    expect(await statusOf(createSsoConnection(await actorFor("admin@brightdental.test"), oidc()))).toBe(404);
    expect(await statusOf(listSsoConnections(await actorFor("admin@brightdental.test")))).toBe(404);
  });

  it("refuses bad input with 422 and changes nothing: owner by JIT, a role of the other set, metadata that is not IdP metadata", async () => {
    const owner = await staffFor("owner@acme.test");
    expect(await statusOf(createSsoConnection(owner, oidc({ defaultRole: "owner" })))).toBe(422);
    expect(await statusOf(createSsoConnection(owner, oidc({ defaultRole: "analyst" })))).toBe(422);
    expect(
      await statusOf(
        createSsoConnection(owner, {
          type: "saml",
          name: "x",
          saml: { metadataXml: "<nope/>" },
          defaultRole: "member",
        }),
      ),
    ).toBe(422);
    expect(await statusOf(createSsoConnection(owner, oidc({ domains: ["not a domain"] })))).toBe(422);
  });

  it("switches SSO-only on only after a successful test; moving the IdP asks for a new test", async () => {
    const owner = await staffFor("owner@acme.test");
    const conn = await createSsoConnection(owner, oidc({ name: "Enforce me" }));
    expect(await statusOf(updateSsoConnection(owner, conn.id, { enforced: true }))).toBe(409);
    const db = await getDb();
    await db.update(ssoConnections).set({ lastTestedAt: new Date() }).where(eq(ssoConnections.id, conn.id));
    expect((await updateSsoConnection(owner, conn.id, { enforced: true })).enforced).toBe(true);
    const moved = await updateSsoConnection(owner, conn.id, { oidc: { issuer: "https://other-idp.example.com" } });
    expect(moved).toMatchObject({ enforced: false, lastTestedAt: null });
  });
});

describe("SSO-only (SPEC §11)", () => {
  const CONSOLE = "localhost:3000";
  const ACME = "acme.localhost:3000";
  const signIn = (email: string, host: string) =>
    verifyCredentials({ email, password: "demo-portal-2026", host, meta: { ip: "10.7.7.7", userAgent: "vitest" } });

  it("refuses passwords, resets and password invitations for the tenant's members; owners keep an audited break-glass", async () => {
    const owner = await staffFor("owner@acme.test");
    const db = await getDb();
    const conn = await createSsoConnection(owner, oidc({ name: "Staff SSO-only" }));
    await db.update(ssoConnections).set({ lastTestedAt: new Date() }).where(eq(ssoConnections.id, conn.id));
    await updateSsoConnection(owner, conn.id, { enforced: true });
    try {
      expect(await signIn("admin@acme.test", CONSOLE)).toEqual({ ok: false, reason: "sso_required" });
      // Break-glass needs the owner's second factor: refused without one, then through the code step.
      expect(await signIn("owner@acme.test", CONSOLE)).toEqual({ ok: false, reason: "sso_required" });
      const ownerId = await userIdOf("owner@acme.test");
      const secret = newTotpSecret();
      await db.insert(mfaFactors).values({
        agencyId: owner.agencyId,
        userId: ownerId,
        kind: "totp",
        totpSecretSealed: secretBox().seal(secret, ownerId),
      });
      const glass = await signIn("owner@acme.test", CONSOLE);
      if (glass.ok || glass.reason !== "mfa_required")
        throw new Error(`expected the code step: ${JSON.stringify(glass)}`);
      const done = await finishSignInChallenge(
        glass.challengeToken,
        { kind: "code", code: await generate({ secret }) },
        {
          ip: "10.7.7.7",
          userAgent: "vitest",
        },
      );
      expect(done.ok).toBe(true);
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "login_succeeded"), eq(auditEvents.targetId, await userIdOf("owner@acme.test"))),
        )
        .orderBy(auditEvents.seq);
      expect(event).toBeDefined();
      const breakGlass = await db.select().from(auditEvents).where(eq(auditEvents.action, "login_succeeded"));
      expect(breakGlass.some((e) => (e.details as { breakGlass?: boolean })?.breakGlass)).toBe(true);
      // Shown in Security: who may break glass, and this use; refused to a manager.
      const shown = await listBreakGlass(owner);
      expect(shown.owners.map((o) => o.email)).toEqual(["owner@acme.test"]);
      expect(shown.uses[0]).toMatchObject({ email: "owner@acme.test", ip: "10.7.7.7" });
      await expect(listBreakGlass(await staffFor("manager@acme.test"))).rejects.toBeInstanceOf(AppError);
      // Client users are another tenant: untouched.
      expect((await signIn("admin@brightdental.test", ACME)).ok).toBe(true);

      const reset = newLinkToken();
      await db.insert(passwordResets).values({
        userId: await userIdOf("admin@acme.test"),
        tokenHash: reset.tokenHash,
        expiresAt: new Date(Date.now() + 3600_000),
      });
      expect(
        await resetPassword({ token: reset.token, password: "a-brand-new-passphrase-42" }, CONSOLE, TEST_META),
      ).toEqual({ ok: false, message: SSO_ONLY_MESSAGE });

      // Forgot password: no link is made; the mail says to use single sign-on. Owners still get one.
      const adminId = await userIdOf("admin@acme.test");
      const linksBefore = (await db.select().from(passwordResets).where(eq(passwordResets.userId, adminId))).length;
      await (
        await requestPasswordReset("admin@acme.test", CONSOLE, TEST_META)
      ).delivered;
      expect((await db.select().from(passwordResets).where(eq(passwordResets.userId, adminId))).length).toBe(
        linksBefore,
      );
      const notice = await lastMailTo("admin@acme.test");
      expect(notice.text).toContain("Your organisation signs in with single sign-on");
      expect(notice.text).not.toContain("reset-password?token=");
      await (
        await requestPasswordReset("owner@acme.test", CONSOLE, TEST_META)
      ).delivered;
      expect((await lastMailTo("owner@acme.test")).token).not.toBe("");

      const [acme] = await db.select().from(agencies).where(eq(agencies.slug, "acme"));
      const invite = newLinkToken();
      await db.insert(invitations).values({
        agencyId: acme!.id,
        email: "joiner@acme.test",
        role: "member",
        tokenHash: invite.tokenHash,
        expiresAt: new Date(Date.now() + 3600_000),
      });
      expect(
        await acceptInvitation(
          { token: invite.token, email: "joiner@acme.test", name: "Joiner", password: "a-brand-new-passphrase-42" },
          CONSOLE,
          TEST_META,
        ),
      ).toMatchObject({ ok: false, message: SSO_ONLY_MESSAGE });
    } finally {
      await updateSsoConnection(owner, conn.id, { enforced: false });
    }
    expect((await signIn("admin@acme.test", CONSOLE)).ok).toBe(true);
  });

  it("a client's SSO-only refuses that client's users only", async () => {
    const owner = await staffFor("owner@acme.test");
    const db = await getDb();
    const conn = await createSsoConnection(
      owner,
      oidc({ clientId: await clientIdOf("Bright Dental"), defaultRole: "analyst", name: "BD only" }),
    );
    await db.update(ssoConnections).set({ lastTestedAt: new Date() }).where(eq(ssoConnections.id, conn.id));
    await updateSsoConnection(owner, conn.id, { enforced: true });
    expect(await signIn("supervisor@brightdental.test", ACME)).toEqual({ ok: false, reason: "sso_required" });
    expect((await signIn("admin@summitlegal.test", ACME)).ok).toBe(true);
    expect((await signIn("manager@acme.test", CONSOLE)).ok).toBe(true);
  });
});

describe("the login page's single sign-on offer", () => {
  it("offers a connection of this host's tenant for its domains only, and never another agency's IdP to a staff email", async () => {
    const { findSsoForEmail } = await import("@/lib/sso/find-sso-for-email");
    const owner = await staffFor("owner@acme.test");
    await createSsoConnection(
      owner,
      oidc({
        clientId: await clientIdOf("Bright Dental"),
        defaultRole: "analyst",
        domains: ["brightdental.test"],
        name: "BD offer",
      }),
    );
    const portalOffer = await findSsoForEmail("anyone@brightdental.test", "acme.localhost:3000");
    expect(portalOffer?.startUrl).toMatch(/^http:\/\/acme\.localhost:3000\/api\/sso\/[0-9a-f-]{36}\/start$/);
    expect(await findSsoForEmail("anyone@brightdental.test", "globex.localhost:3000")).toBeNull();
    expect(await findSsoForEmail("anyone@elsewhere.test", "acme.localhost:3000")).toBeNull();
    // Globex lists acme.test on its staff connection: Acme's staff are still not sent there.
    const globex = await staffFor("owner@globex.test");
    const lure = await createSsoConnection(globex, oidc({ name: "Lure", domains: ["acme.test", "globex.test"] }));
    const offer = await findSsoForEmail("admin@acme.test", "localhost:3000");
    expect(offer?.startUrl).not.toBe(lure.startUrl);
    expect(await findSsoForEmail("owner@globex.test", "localhost:3000")).toEqual({ startUrl: lure.startUrl });
  });
});
