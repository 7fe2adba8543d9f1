import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWTPayload } from "jose";

/** How the next ID tokens differ from a correct one. Unset fields are correct. */
export type IdTokenTamper = {
  issuer?: string;
  audience?: string | string[];
  /** A different nonce, or `null` to leave the claim out. */
  nonce?: string | null;
  /** Seconds from now; negative gives an expired token. Default 300. */
  expiresIn?: number;
  /** Seconds added to `iat` (e.g. +3600 for a token issued in the future). */
  issuedAtShift?: number;
  /**
   * `RS256` (default) with the published key; `RS256-unpublished` signs with a key absent from the
   * JWKS; `none` is an unsigned token; `HS256` is signed with the client secret (algorithm confusion).
   */
  alg?: "RS256" | "RS256-unpublished" | "none" | "HS256";
  /** Claims added or replaced last (e.g. another `sub` or `email`). */
  claims?: JWTPayload;
};

export type HostileIssuerOptions = {
  clientId: string;
  clientSecret: string;
  /** Identity claims every token carries (sub, email, email_verified, name, groups...). */
  account: JWTPayload & { sub: string };
};

export type RunningHostileIssuer = {
  issuer: string;
  /** Tampering applied to every later token until changed; `undefined` returns to correct tokens. */
  setIdTokenTamper: (tamper: IdTokenTamper | undefined) => void;
  /** Signs a token as the token endpoint would, for tests that feed one to a verifier directly. */
  mintIdToken: (nonce: string | undefined, tamper?: IdTokenTamper) => Promise<string>;
  close: () => Promise<void>;
};

/**
 * A tiny OpenID issuer that obeys the test instead of the protocol: discovery, JWKS, an authorization
 * endpoint that answers at once with a code (keeping state and nonce), and a token endpoint whose ID
 * token is correct unless `setIdTokenTamper` says otherwise: wrong issuer or audience, wrong or missing
 * nonce, expired, `alg: none`, HS256 with the client secret, or a key the JWKS does not publish. For
 * the negative cases an SSO implementation must refuse; the real provider (`startOidcProvider`) cannot
 * be made to misbehave. It ignores PKCE and client authentication, as a hostile server would.
 */
export async function startHostileOidcIssuer(options: HostileIssuerOptions): Promise<RunningHostileIssuer> {
  const published = await generateKeyPair("RS256", { extractable: true });
  const unpublished = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(published.publicKey)), alg: "RS256", use: "sig", kid: "hostile-1" };
  const codes = new Map<string, { nonce?: string }>();
  let tamper: IdTokenTamper | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const json = (body: unknown) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (url.pathname === "/.well-known/openid-configuration") return json(discoveryDocument(issuer));
    if (url.pathname === "/jwks") return json({ keys: [jwk] });
    if (url.pathname === "/authorize") {
      const code = randomBytes(16).toString("base64url");
      codes.set(code, { nonce: url.searchParams.get("nonce") ?? undefined });
      const back = new URL(url.searchParams.get("redirect_uri") ?? "");
      back.searchParams.set("code", code);
      const state = url.searchParams.get("state");
      if (state) back.searchParams.set("state", state);
      return void res.writeHead(302, { location: back.href }).end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      void readForm(req).then(async (form) => {
        const grant = codes.get(form.get("code") ?? "");
        if (!grant)
          return void res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid_grant"}');
        json({
          access_token: randomBytes(16).toString("base64url"),
          token_type: "Bearer",
          expires_in: 300,
          id_token: await mint(grant.nonce, tamper),
        });
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function mint(nonce: string | undefined, t: IdTokenTamper = {}) {
    const now = Math.floor(Date.now() / 1000) + (t.issuedAtShift ?? 0);
    const claims: JWTPayload = {
      ...options.account,
      iss: t.issuer ?? issuer,
      aud: t.audience ?? options.clientId,
      iat: now,
      exp: Math.floor(Date.now() / 1000) + (t.expiresIn ?? 300),
      ...(t.nonce === null ? {} : { nonce: t.nonce ?? nonce }),
      ...t.claims,
    };
    if (t.alg === "none") return new UnsecuredJWT(claims).encode();
    if (t.alg === "HS256") return sign(claims, "HS256", new TextEncoder().encode(options.clientSecret));
    return sign(claims, "RS256", t.alg === "RS256-unpublished" ? unpublished.privateKey : published.privateKey);
  }

  return {
    issuer,
    setIdTokenTamper: (next) => void (tamper = next),
    mintIdToken: mint,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

function sign(claims: JWTPayload, alg: string, key: CryptoKey | Uint8Array) {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", kid: "hostile-1" }).sign(key);
}

function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    scopes_supported: ["openid", "email", "profile"],
  };
}

async function readForm(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}
