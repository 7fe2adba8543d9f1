import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followRedirects } from "./follow-redirects";
import { startHostileOidcIssuer, type IdTokenTamper, type RunningHostileIssuer } from "./start-hostile-oidc-issuer";

const CALLBACK = "http://sp.test/api/sso/conn-1/callback";
let issuer: RunningHostileIssuer;
let config: client.Configuration;

beforeAll(async () => {
  issuer = await startHostileOidcIssuer({
    clientId: "sp",
    clientSecret: "sp-secret-that-is-long-enough-for-hs256",
    account: { sub: "u-1", email: "ada@acme.test", email_verified: true },
  });
  config = await client.discovery(new URL(issuer.issuer), "sp", "sp-secret-that-is-long-enough-for-hs256", undefined, {
    execute: [client.allowInsecureRequests],
  });
});
afterAll(() => issuer.close());

/** A strict openid-client sign-in (state, nonce, PKCE), as the SSO callback does it. */
async function signIn(tamper?: IdTokenTamper) {
  issuer.setIdTokenTamper(tamper);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: "openid email",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const callback = await followRedirects(url.href, CALLBACK);
  const checks = { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true };
  return (await client.authorizationCodeGrant(config, callback, checks)).claims();
}

describe("startHostileOidcIssuer", () => {
  it("issues a correct token when not told to tamper (so each refusal below is the tampering's)", async () => {
    expect(await signIn()).toMatchObject({ iss: issuer.issuer, aud: "sp", sub: "u-1", email: "ada@acme.test" });
  });

  it.each<[string, IdTokenTamper, RegExp]>([
    ["wrong issuer", { issuer: "http://127.0.0.1:1" }, /"iss"/],
    ["wrong audience", { audience: "someone-else" }, /"aud"/],
    ["wrong nonce", { nonce: "not-the-one-sent" }, /"nonce"/],
    ["missing nonce", { nonce: null }, /"nonce"/],
    ["expired", { expiresIn: -600 }, /"exp"/],
    ["alg none", { alg: "none" }, /"alg"/],
    ["HS256 with the client secret", { alg: "HS256" }, /"alg"/],
  ])("a strict openid-client refuses an ID token with %s", async (_name, tamper, reason) => {
    const refusal = await signIn(tamper).then(
      () => "accepted",
      (error: Error & { cause?: unknown }) => describeRefusal(error),
    );
    expect(refusal).toMatch(reason);
  });

  it("checks the ID token signature only with enableNonRepudiationChecks (token-endpoint tokens are trusted over TLS)", async () => {
    // OIDC Core 3.1.3.7 step 6 lets a client skip the signature of an ID token it fetched itself over
    // TLS, and openid-client does. Over plain HTTP, or as defence in depth, the SSO code turns it on.
    expect(await signIn({ alg: "RS256-unpublished" })).toMatchObject({ sub: "u-1" });
    const strict = await client.discovery(
      new URL(issuer.issuer),
      "sp",
      "sp-secret-that-is-long-enough-for-hs256",
      undefined,
      {
        execute: [client.allowInsecureRequests, client.enableNonRepudiationChecks],
      },
    );
    const previous = config;
    config = strict;
    try {
      expect(await signIn()).toMatchObject({ sub: "u-1" });
      expect(await signIn({ alg: "RS256-unpublished" }).catch(describeRefusal)).toMatch(/signature/i);
    } finally {
      config = previous;
    }
  });

  it("mints tokens directly for verifiers tested without a redirect", async () => {
    const token = await issuer.mintIdToken("n-1", { claims: { email: "mallory@evil.test" } });
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(payload).toMatchObject({ iss: issuer.issuer, nonce: "n-1", email: "mallory@evil.test" });
  });
});

/** openid-client wraps the reason: ClientError → OperationProcessingError → { claim, ... }. */
function describeRefusal(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    parts.push(e.message ?? JSON.stringify(e), e.code ?? "");
    if (typeof e !== "object") break;
  }
  return parts.join(" ");
}
