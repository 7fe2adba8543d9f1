import { inflateRawSync } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, clients, ssoConnections, ssoIdentities, users } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { createSsoConnection } from "@/lib/dal/sso/create-sso-connection";
import { completeSsoSignIn } from "./complete-sso-sign-in";
import { connectionUrls, type ConnectionUrls } from "./connection-urls";
import type { SsoConnection } from "./find-connection";
import { samlAuthorizeUrl, samlClaims } from "./saml";
import { SsoFailure, type SsoClaims } from "./sso-claims";
import { buildSamlResponse, type BuildSamlResponseOptions, type SamlTestUser } from "./testing/build-saml-response";
import { generateSamlSigningKey, type SamlSigningKey } from "./testing/generate-saml-signing-key";
import { startSamlIdp, type RunningSamlIdp } from "./testing/start-saml-idp";

// SAML against a real signing IdP (xml-crypto, RSA-SHA256): Bright Dental's connection on Acme's
// portal host, with every hardening case of issue 12 item 6, then the authority rules.

const ADMIN: SamlTestUser = { nameId: "bd-admin", email: "admin@brightdental.test", groups: ["dental-admins"] };
let idp: RunningSamlIdp;
let otherKey: SamlSigningKey;
let connection: SsoConnection;
let urls: ConnectionUrls;
let brightId: string;

/** An AuthnRequest our SP issued (its id is stored in the database), as the IdP would answer it. */
async function issuedRequestId(purpose: "sign_in" | "test" = "sign_in") {
  const url = new URL(await samlAuthorizeUrl(connection, urls, purpose));
  const xml = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest")!, "base64")).toString("utf8");
  return /ID="([^"]+)"/.exec(xml)![1]!;
}

async function respond(overrides: Partial<BuildSamlResponseOptions> = {}, user: SamlTestUser = ADMIN) {
  const inResponseTo = "inResponseTo" in overrides ? overrides.inResponseTo : await issuedRequestId();
  return buildSamlResponse({
    issuer: idp.entityId,
    audience: urls.spEntityId,
    acsUrl: urls.acsUrl,
    user,
    key: idp.key,
    ...overrides,
    inResponseTo,
  });
}

async function outcome(overrides: Partial<BuildSamlResponseOptions> = {}, user?: SamlTestUser) {
  try {
    const { claims } = await samlClaims(connection, urls, (await respond(overrides, user)).base64);
    return claims;
  } catch (error) {
    if (error instanceof SsoFailure) return process.env.SSO_DEBUG ? `${error.reason} ${error.detail}` : error.reason;
    throw error;
  }
}

async function signInAs(user: SamlTestUser) {
  const claims = await outcome({}, user);
  if (typeof claims === "string") return { ok: false, reason: claims };
  return completeSsoSignIn(connection, claims as SsoClaims, TEST_META);
}

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

beforeAll(async () => {
  idp = await startSamlIdp({ user: ADMIN });
  otherKey = await generateSamlSigningKey("Another IdP");
  const db = await getDb();
  const [bright] = await db.select().from(clients).where(eq(clients.name, "Bright Dental"));
  brightId = bright!.id;
  const owner = await staffFor("owner@acme.test");
  const dto = await createSsoConnection(owner, {
    type: "saml",
    clientId: brightId,
    name: "Bright Dental Entra",
    domains: ["brightdental.test"],
    saml: { metadataXml: idp.metadataXml },
    defaultRole: "agent",
    groupRoles: [
      { group: "dental-admins", role: "admin" },
      { group: "front-desk", role: "analyst" },
    ],
  });
  expect(dto).not.toHaveProperty("oidc");
  expect(dto.acsUrl).toBe(`http://acme.localhost:3000/api/sso/${dto.id}/acs`);
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.id, dto.id));
  connection = row!;
  urls = connectionUrls("http://acme.localhost:3000", connection.id);
});

afterAll(async () => {
  await idp?.close();
});

describe("SAML responses (strict node-saml SP)", () => {
  it("accepts a correctly signed assertion answering our request", async () => {
    expect(await outcome()).toMatchObject({
      subject: "bd-admin",
      email: "admin@brightdental.test",
      groups: ["dental-admins"],
    });
  });

  it.each([
    ["unsigned", { sign: "none" as const }],
    ["signed on the response only", { sign: "response" as const }],
  ])("refuses a response %s (node-saml names both an invalid signature)", async (_l, overrides) => {
    expect(await outcome(overrides)).toBe("saml_bad_signature");
  });

  it("refuses an assertion signed by another key", async () => {
    expect(await outcome({ key: otherKey })).toBe("saml_bad_signature");
  });

  it.each(["forged-first", "forged-wraps-signed"] as const)("refuses signature wrapping (%s)", async (kind) => {
    const forged = { nameId: "owner", email: "owner@acme.test" };
    const result = await outcome({ wrapping: { kind, forgedUser: forged } });
    expect(typeof result).toBe("string");
    expect(result).not.toMatchObject({ email: "owner@acme.test" });
  });

  it("refuses another audience", async () => {
    expect(await outcome({ audience: "https://other-sp.example/metadata" })).toBe("saml_wrong_audience");
  });

  it("refuses another recipient or destination", async () => {
    expect(await outcome({ recipient: "https://evil.example/acs" })).toBe("saml_wrong_recipient");
    expect(await outcome({ destination: "https://evil.example/acs" })).toBe("saml_wrong_recipient");
  });

  it("refuses an assertion of another issuer, even signed with the trusted key", async () => {
    expect(await outcome({ issuer: "https://not-the-idp.example" })).toBe("saml_wrong_issuer");
  });

  it("tolerates two minutes of clock skew, not three", async () => {
    expect(await outcome({ notOnOrAfter: minutes(-1), notBefore: minutes(-6) })).toMatchObject({ subject: "bd-admin" });
    expect(await outcome({ notOnOrAfter: minutes(-3), notBefore: minutes(-8) })).toBe("saml_expired_assertion");
    expect(await outcome({ notBefore: minutes(1), notOnOrAfter: minutes(6) })).toMatchObject({ subject: "bd-admin" });
    expect(await outcome({ notBefore: minutes(3), notOnOrAfter: minutes(8) })).toMatch(
      /^saml_(not_yet_valid|expired_assertion)$/,
    );
  });

  it("refuses an InResponseTo we never issued, and an IdP-initiated response", async () => {
    expect(await outcome({ inResponseTo: "_never-issued" })).toBe("saml_unknown_in_response_to");
    expect(await outcome({ inResponseTo: undefined })).toBe("saml_idp_initiated_refused");
  });

  it("refuses the same response twice and a replayed assertion id under a fresh request", async () => {
    const first = await respond();
    await samlClaims(connection, urls, first.base64);
    await expect(samlClaims(connection, urls, first.base64)).rejects.toMatchObject({
      reason: "saml_unknown_in_response_to",
    });
    const replay = await respond({ assertionId: first.assertionId });
    await expect(samlClaims(connection, urls, replay.base64)).rejects.toMatchObject({
      reason: "saml_replayed_assertion",
    });
  });

  it("knows a console test's response from a sign-in", async () => {
    const id = await issuedRequestId("test");
    const { purpose } = await samlClaims(connection, urls, (await respond({ inResponseTo: id })).base64);
    expect(purpose).toBe("test");
  });
});

describe("SSO authority, linking and JIT (one completion for both protocols)", () => {
  const count = async () => {
    const db = await getDb();
    const [u] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    const [i] = await db.select({ n: sql<number>`count(*)::int` }).from(ssoIdentities);
    return { users: u!.n, identities: i!.n };
  };
  const lastFailure = async () => {
    const db = await getDb();
    const [row] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "login_failed"))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    return row!.details as Record<string, unknown>;
  };

  it("signs an existing client user in, links the subject and maps groups to the highest role", async () => {
    const db = await getDb();
    const result = await signInAs({
      nameId: "bd-sup",
      email: "supervisor@brightdental.test",
      groups: ["front-desk", "dental-admins"],
    });
    expect(result.ok).toBe(true);
    const [sup] = await db.select().from(users).where(eq(users.email, "supervisor@brightdental.test"));
    expect(sup!.role).toBe("admin");
    const [link] = await db.select().from(ssoIdentities).where(eq(ssoIdentities.subject, "bd-sup"));
    expect(link!.userId).toBe(sup!.id);
  });

  it("never signs in staff or another client's user, whatever email the IdP asserts; nothing is created", async () => {
    const before = await count();
    expect(await signInAs({ nameId: "x-owner", email: "owner@acme.test" })).toEqual({
      ok: false,
      reason: "not_in_tenant",
    });
    expect(await signInAs({ nameId: "x-summit", email: "admin@summitlegal.test" })).toEqual({
      ok: false,
      reason: "not_in_tenant",
    });
    expect(await lastFailure()).toMatchObject({ method: "sso", connectionId: connection.id, reason: "not_in_tenant" });
    expect(await count()).toEqual(before);
  });

  it("refuses an email outside its domains, and a newcomer while JIT is off", async () => {
    const before = await count();
    expect(await signInAs({ nameId: "x-out", email: "someone@elsewhere.test" })).toEqual({
      ok: false,
      reason: "email_domain_not_allowed",
    });
    expect(await signInAs({ nameId: "x-new", email: "new@brightdental.test" })).toEqual({
      ok: false,
      reason: "unknown_user",
    });
    expect(await count()).toEqual(before);
  });

  it("never re-links by email: a second subject for a linked user is refused", async () => {
    expect(await signInAs({ nameId: "bd-sup-other", email: "supervisor@brightdental.test" })).toEqual({
      ok: false,
      reason: "identity_mismatch",
    });
  });

  it("JIT-provisions a newcomer with the default role when on, audited user_provisioned", async () => {
    const db = await getDb();
    await db.update(ssoConnections).set({ jitProvisioning: true }).where(eq(ssoConnections.id, connection.id));
    connection = { ...connection, jitProvisioning: true };
    expect((await signInAs({ nameId: "bd-new", email: "hygienist@brightdental.test" })).ok).toBe(true);
    const [user] = await db.select().from(users).where(eq(users.email, "hygienist@brightdental.test"));
    expect(user).toMatchObject({ kind: "client", clientId: brightId, role: "agent" });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user_provisioned"), eq(auditEvents.targetId, user!.id)));
    expect(events).toHaveLength(1);
  });

  it("refuses a deactivated user and a suspended portal", async () => {
    const db = await getDb();
    await db.update(users).set({ status: "removed" }).where(eq(users.email, "hygienist@brightdental.test"));
    expect(await signInAs({ nameId: "bd-new", email: "hygienist@brightdental.test" })).toEqual({
      ok: false,
      reason: "user_deactivated",
    });
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, brightId));
    try {
      expect(await signInAs({ nameId: "bd-sup", email: "supervisor@brightdental.test" })).toEqual({
        ok: false,
        reason: "portal_suspended",
      });
    } finally {
      await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, brightId));
    }
  });
});
