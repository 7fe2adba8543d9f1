import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followRedirects, type CookieJar } from "./follow-redirects";
import { startOidcProvider, type RunningOidcProvider } from "./start-oidc-provider";

const CALLBACK = "http://sp.test/api/sso/conn-1/callback";
let provider: RunningOidcProvider;
let config: client.Configuration;

beforeAll(async () => {
  provider = await startOidcProvider({
    clients: [{ client_id: "sp", client_secret: "sp-secret", redirect_uris: [CALLBACK] }],
    accounts: [
      { sub: "u-ada", email: "ada@acme.test", name: "Ada", groups: ["admins"] },
      { sub: "u-bob", email: "bob@acme.test", email_verified: false },
    ],
  });
  config = await client.discovery(new URL(provider.issuer), "sp", "sp-secret", undefined, {
    execute: [client.allowInsecureRequests],
  });
});
afterAll(() => provider.close());

/** One SP-side sign-in with openid-client, the RP library the SSO routes use. */
async function signIn(extra: Record<string, string> = {}, jar?: CookieJar) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: "openid email profile groups",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...extra,
  });
  const callback = await followRedirects(url.href, CALLBACK, jar);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  return { callback, verifier, state, nonce, tokens, claims: tokens.claims()! };
}

describe("startOidcProvider", () => {
  it("signs the chosen account in through discovery, code + PKCE and an RS256 ID token", async () => {
    provider.setNextAccount("u-ada");
    const { tokens, claims } = await signIn();
    expect(claims).toMatchObject({ iss: provider.issuer, aud: "sp", sub: "u-ada", email: "ada@acme.test" });
    expect(claims).toMatchObject({ email_verified: true, name: "Ada", groups: ["admins"] });
    expect(JSON.parse(Buffer.from(tokens.id_token!.split(".")[0], "base64url").toString())).toMatchObject({
      alg: "RS256",
    });
  });

  it("switches accounts between sign-ins of one browser (no provider session is reused) and honours login_hint", async () => {
    const browser: CookieJar = new Map();
    provider.setNextAccount("u-ada");
    expect((await signIn({}, browser)).claims.sub).toBe("u-ada");
    provider.setNextAccount("u-bob");
    expect((await signIn({}, browser)).claims).toMatchObject({ sub: "u-bob", email_verified: false });
    expect((await signIn({ login_hint: "u-ada" }, browser)).claims.sub).toBe("u-ada");
    provider.putAccount({ sub: "u-bob", email: "robert@acme.test" });
    expect((await signIn()).claims.email).toBe("robert@acme.test");
  });

  it("refuses a code redeemed twice (oidc-provider's own replay check)", async () => {
    provider.setNextAccount("u-ada");
    const { callback, verifier, state, nonce } = await signIn();
    const checks = { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true };
    const again = client.authorizationCodeGrant(config, callback, checks);
    await expect(again).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("refuses an authorization without PKCE and an unregistered redirect_uri", async () => {
    const noPkce = client.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: "openid" });
    const refused = await followRedirects(noPkce.href, CALLBACK);
    expect(refused.searchParams.get("error")).toBe("invalid_request");
    const elsewhere = client.buildAuthorizationUrl(config, {
      redirect_uri: "http://evil.test/cb",
      scope: "openid",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
    });
    await expect(followRedirects(elsewhere.href, "http://evil.test/")).rejects.toThrow(/400/);
  });
});
