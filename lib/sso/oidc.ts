import "server-only";
import * as client from "openid-client";
import { secretBox } from "@/lib/crypto/secret-box";
import type { SsoConnection } from "./find-connection";
import { SsoFailure, stringList, type SsoClaims } from "./sso-claims";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * openid-client (the certified relying party): discovery, code + PKCE S256, state and nonce, and
 * the ID token's signature checked against the IdP's keys (enableNonRepudiationChecks) even though
 * it came over TLS. Plain HTTP only for an IdP on this machine (tests, local development).
 */
async function configFor(connection: SsoConnection): Promise<client.Configuration> {
  const issuer = new URL(connection.oidcIssuer ?? "");
  const insecure = issuer.protocol === "http:";
  if (insecure && !LOOPBACK.has(issuer.hostname)) throw new SsoFailure("oidc_insecure_issuer");
  const secret = secretBox().open(connection.oidcClientSecretSealed ?? "", `sso:${connection.id}`);
  try {
    return await client.discovery(issuer, connection.oidcClientId ?? "", secret, undefined, {
      execute: [client.enableNonRepudiationChecks, ...(insecure ? [client.allowInsecureRequests] : [])],
    });
  } catch (error) {
    throw new SsoFailure("oidc_discovery_failed", describe(error));
  }
}

export async function oidcAuthorizationUrl(connection: SsoConnection, callbackUrl: string) {
  const config = await configFor(connection);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl,
    // "groups" only when roles are mapped from groups: some IdPs refuse a scope they do not know.
    scope: connection.groupRoles.length ? "openid email profile groups" : "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export async function oidcClaims(
  connection: SsoConnection,
  currentUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<SsoClaims> {
  const config = await configFor(connection);
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new SsoFailure(oidcReason(error), describe(error));
  }
  if (!claims?.sub) throw new SsoFailure("oidc_no_subject");
  // An ID token issued in the future is a clock problem or a forgery: refused beyond the skew.
  if (typeof claims.iat === "number" && claims.iat * 1000 > Date.now() + 120_000)
    throw new SsoFailure("oidc_token_not_yet_valid");
  const email = typeof claims.email === "string" && claims.email_verified !== false ? claims.email : null;
  return {
    subject: claims.sub,
    email: email?.toLowerCase() ?? null,
    name: typeof claims.name === "string" ? claims.name : null,
    groups: stringList(claims.groups ?? claims.roles),
    raw: { ...claims },
  };
}

/** openid-client's error (and the oauth4webapi errors it wraps), as the one reason an admin can act on. */
export function oidcReason(error: unknown): string {
  const chain: Array<{ code?: string; error?: string; message?: string; claim?: string }> = [];
  for (let e = error as { cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++)
    chain.push(e as (typeof chain)[number]);
  const text = chain.map((e) => `${e.code ?? ""} ${e.message ?? ""}`).join(" | ");
  const claim = chain.find((e) => typeof e.claim === "string")?.claim ?? /JWT "(\w+)"/.exec(text)?.[1];
  if (chain.some((e) => e.error === "invalid_grant")) return "oidc_code_rejected";
  if (chain.some((e) => e.error === "access_denied")) return "oidc_access_denied";
  if (claim === "iss") return "oidc_wrong_issuer";
  if (claim === "aud" || claim === "azp") return "oidc_wrong_audience";
  if (claim === "nonce" || /nonce/i.test(text)) return "oidc_wrong_nonce";
  if (claim === "exp" || /expired|"exp"/i.test(text)) return "oidc_token_expired";
  if (claim === "iat" || /"iat"|"nbf"/.test(text)) return "oidc_token_not_yet_valid";
  if (/state/i.test(text)) return "oidc_wrong_state";
  if (/alg|signature|JWS|none|key/i.test(text)) return "oidc_bad_signature";
  return "oidc_error";
}

function describe(error: unknown): string {
  const messages: string[] = [];
  for (
    let e = error as { cause?: unknown; message?: string; error?: string } | undefined, i = 0;
    e && i < 4;
    e = e.cause as typeof e, i++
  )
    messages.push([e.error, e.message].filter(Boolean).join(": "));
  return messages.filter(Boolean).join(" ← ").slice(0, 300);
}
