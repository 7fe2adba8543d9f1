import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, sessions, ssoConnections, ssoIdentities, users } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { createSsoConnection } from "@/lib/dal/sso/create-sso-connection";
import { completeSsoSignIn } from "./complete-sso-sign-in";
import type { SsoConnection } from "./find-connection";
import { oidcAuthorizationUrl, oidcClaims } from "./oidc";
import { saveSignInRequest, takeSignInRequest } from "./sign-in-requests";
import { SsoFailure } from "./sso-claims";
import { followRedirects } from "./testing/follow-redirects";
import { startHostileOidcIssuer, type RunningHostileIssuer } from "./testing/start-hostile-oidc-issuer";
import { startOidcProvider, type RunningOidcProvider } from "./testing/start-oidc-provider";

// OIDC against real peers on 127.0.0.1: oidc-provider for the flow, a hostile issuer for the
// tokens an RP must refuse. The staff connection of Acme (console host).

const SECRET = "sp-secret-that-is-long-enough-for-hs256-0123456789";
let idp: RunningOidcProvider;
let hostile: RunningHostileIssuer;
let connection: SsoConnection;
let hostileConnection: SsoConnection;

async function connectionRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.id, id));
  return row!;
}

async function create(issuer: string, extra: Record<string, unknown> = {}) {
  const owner = await staffFor("owner@acme.test");
  const dto = await createSsoConnection(owner, {
    type: "oidc",
    name: "Acme IdP",
    domains: ["acme.test"],
    oidc: { issuer, clientId: "sp", clientSecret: SECRET },
    defaultRole: "member",
    ...extra,
  });
  return connectionRow(dto.id);
}

/** Runs the browser part: our start, the IdP, back to our callback URL (not fetched). */
async function authorize(conn: SsoConnection) {
  const callbackUrl = `http://localhost:3000/api/sso/${conn.id}/callback`;
  const start = await oidcAuthorizationUrl(conn, callbackUrl);
  await saveSignInRequest(conn, start.state, { nonce: start.nonce, codeVerifier: start.codeVerifier });
  const back = await followRedirects(start.url, callbackUrl);
  const pending = await takeSignInRequest(conn, back.searchParams.get("state") ?? "");
  return { back, checks: { state: pending!.key, nonce: pending!.nonce!, codeVerifier: pending!.codeVerifier! } };
}

async function reasonOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    if (error instanceof SsoFailure) return process.env.SSO_DEBUG ? `${error.reason} ${error.detail}` : error.reason;
    throw error;
  }
}

beforeAll(async () => {
  idp = await startOidcProvider({
    clients: [{ client_id: "sp", client_secret: SECRET, redirect_uris: [] }],
    accounts: [
      { sub: "idp-owner", email: "owner@acme.test", groups: ["staff"] },
      { sub: "idp-new", email: "newcomer@acme.test", name: "New Comer", groups: ["managers", "staff"] },
    ],
  });
  connection = await create(idp.issuer, {
    jitProvisioning: true,
    groupRoles: [
      { group: "managers", role: "manager" },
      { group: "staff", role: "member" },
    ],
  });
  // The provider must know the callback of the connection just created.
  await idp.close();
  idp = await startOidcProvider({
    clients: [
      {
        client_id: "sp",
        client_secret: SECRET,
        redirect_uris: [`http://localhost:3000/api/sso/${connection.id}/callback`],
      },
    ],
    accounts: [
      { sub: "idp-owner", email: "owner@acme.test", groups: ["staff"] },
      { sub: "idp-new", email: "newcomer@acme.test", name: "New Comer", groups: ["managers", "staff"] },
    ],
  });
  const db = await getDb();
  await db.update(ssoConnections).set({ oidcIssuer: idp.issuer }).where(eq(ssoConnections.id, connection.id));
  connection = await connectionRow(connection.id);
  hostile = await startHostileOidcIssuer({
    clientId: "sp",
    clientSecret: SECRET,
    account: { sub: "hostile-1", email: "admin@acme.test", email_verified: true },
  });
  hostileConnection = await create(hostile.issuer);
});

afterAll(async () => {
  await idp?.close();
  await hostile?.close();
});

describe("OIDC sign-in (openid-client against oidc-provider)", () => {
  it("signs the owner in through the same session path, links (connection, subject), and never demotes the owner", async () => {
    idp.setNextAccount("idp-owner");
    const { back, checks } = await authorize(connection);
    const claims = await oidcClaims(connection, back, checks);
    expect(claims).toMatchObject({ subject: "idp-owner", email: "owner@acme.test", groups: ["staff"] });
    const result = await completeSsoSignIn(connection, claims, TEST_META);
    expect(result.ok).toBe(true);
    const db = await getDb();
    const [owner] = await db.select().from(users).where(eq(users.email, "owner@acme.test"));
    expect(owner!.role).toBe("owner"); // "staff" maps to member: an owner is never demoted by an IdP
    const links = await db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, owner!.id));
    expect(links.map((l) => l.subject)).toEqual(["idp-owner"]);
    const [session] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, owner!.id)));
    expect(session).toBeDefined();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "login_succeeded"), eq(auditEvents.targetId, owner!.id)));
    expect(event!.details).toMatchObject({ method: "sso", connectionId: connection.id });
  });

  it("refuses a code used twice", async () => {
    idp.setNextAccount("idp-owner");
    const { back, checks } = await authorize(connection);
    await oidcClaims(connection, back, checks);
    expect(await reasonOf(oidcClaims(connection, back, checks))).toBe("oidc_code_rejected");
  });

  it("takes a state once: an unknown or replayed state finds no sign-in in flight", async () => {
    const start = await oidcAuthorizationUrl(connection, `http://localhost:3000/api/sso/${connection.id}/callback`);
    await saveSignInRequest(connection, start.state, { nonce: start.nonce, codeVerifier: start.codeVerifier });
    expect(await takeSignInRequest(connection, "forged-state")).toBeNull();
    expect(await takeSignInRequest(hostileConnection, start.state)).toBeNull(); // another connection's
    expect(await takeSignInRequest(connection, start.state)).not.toBeNull();
    expect(await takeSignInRequest(connection, start.state)).toBeNull();
  });

  it("JIT-provisions a newcomer of its domain with the highest mapped role, audited", async () => {
    idp.setNextAccount("idp-new");
    const { back, checks } = await authorize(connection);
    const result = await completeSsoSignIn(connection, await oidcClaims(connection, back, checks), TEST_META);
    expect(result.ok).toBe(true);
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "newcomer@acme.test"));
    expect(user).toMatchObject({ kind: "agency", role: "manager", name: "New Comer" });
    const provisioned = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user_provisioned"), eq(auditEvents.targetId, user!.id)));
    expect(provisioned).toHaveLength(1);
    // Re-applied at the next sign-in: the IdP dropped "managers".
    idp.putAccount({ sub: "idp-new", email: "newcomer@acme.test", groups: ["staff"] });
    idp.setNextAccount("idp-new");
    const again = await authorize(connection);
    expect(
      (await completeSsoSignIn(connection, await oidcClaims(connection, again.back, again.checks), TEST_META)).ok,
    ).toBe(true);
    const [after] = await db.select().from(users).where(eq(users.id, user!.id));
    expect(after!.role).toBe("member");
  });

  it.each([
    ["wrong issuer", { issuer: "https://evil.example" }, "oidc_wrong_issuer"],
    ["wrong audience", { audience: "someone-else" }, "oidc_wrong_audience"],
    ["wrong nonce", { nonce: "not-the-nonce" }, "oidc_wrong_nonce"],
    ["missing nonce", { nonce: null }, "oidc_wrong_nonce"],
    ["expired ID token", { expiresIn: -600 }, "oidc_token_expired"],
    ["alg none", { alg: "none" as const }, "oidc_bad_signature"],
    ["HS256 with the client secret", { alg: "HS256" as const }, "oidc_bad_signature"],
    ["a key the JWKS does not publish", { alg: "RS256-unpublished" as const }, "oidc_bad_signature"],
    ["issued an hour in the future", { issuedAtShift: 3600 }, "oidc_token_not_yet_valid"],
  ])("refuses an ID token with %s", async (_label, tamper, reason) => {
    hostile.setIdTokenTamper(tamper);
    try {
      const { back, checks } = await authorize(hostileConnection);
      expect(await reasonOf(oidcClaims(hostileConnection, back, checks))).toBe(reason);
    } finally {
      hostile.setIdTokenTamper(undefined);
    }
  });

  it("accepts the hostile issuer's honest token (so the refusals above are about the tampering)", async () => {
    const { back, checks } = await authorize(hostileConnection);
    const claims = await oidcClaims(hostileConnection, back, checks);
    expect(claims.subject).toBe("hostile-1");
  });
});
