import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/** A person the test provider can sign in; `sub` is the stable subject an SP must link on. */
export type OidcTestAccount = {
  sub: string;
  email: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
};

export type OidcTestClient = { client_id: string; client_secret: string; redirect_uris: string[] };

export type OidcProviderOptions = {
  clients: OidcTestClient[];
  accounts: OidcTestAccount[];
  /** PKCE (S256) is refused when missing unless this is false; real IdPs increasingly require it. */
  requirePkce?: boolean;
};

export type RunningOidcProvider = {
  /** `http://127.0.0.1:<port>`; discovery is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** Who the next (and every later) authorization signs in, until changed. `login_hint` wins over it. */
  setNextAccount: (sub: string) => void;
  /** Adds or replaces an account (e.g. to change its email or groups between sign-ins). */
  putAccount: (account: OidcTestAccount) => void;
  close: () => Promise<void>;
};

/**
 * Starts a real OpenID Provider (`oidc-provider`, the certified implementation) on 127.0.0.1 with an
 * OS-assigned port: discovery, JWKS (a fresh RS256 key), authorization code + PKCE, ID tokens carrying
 * email, email_verified, name and groups. The interaction step has no form: it signs in the account
 * named by `login_hint` or set with `setNextAccount`, and grants the requested scopes, so a browser or
 * a redirect-following fetch goes straight back to the client's redirect_uri. Every authorization
 * re-authenticates (no provider session is reused), so switching accounts between sign-ins works.
 * oidc-provider itself refuses a reused authorization code (`invalid_grant`), a redirect_uri that is
 * not registered, and a missing or wrong PKCE verifier.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  let nextSub: string | undefined = options.accounts[0]?.sub;
  // Set once the port is known (the issuer URL contains it); requests before that get a 503.
  const started: { provider?: Provider; handle?: ReturnType<Provider["callback"]> } = {};

  const server = createServer((req, res) => {
    const provider = started.provider;
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith("/interaction/")) {
      void finishInteraction(provider, req, res).catch((error: unknown) => {
        res.writeHead(400, { "content-type": "text/plain" }).end(String(error));
      });
      return;
    }
    if (req.url?.startsWith("/auth")) forgetProviderSession(req);
    started.handle!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function finishInteraction(p: Provider, req: IncomingMessage, res: ServerResponse) {
    const details = await p.interactionDetails(req, res);
    const hint = typeof details.params.login_hint === "string" ? details.params.login_hint : undefined;
    const sub = hint ?? nextSub;
    if (!sub || !accounts.has(sub)) throw new Error(`The test provider has no account "${sub}"`);
    const clientId = String(details.params.client_id);
    const grant = new p.Grant({ accountId: sub, clientId });
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const grantId = await grant.save();
    await p.interactionFinished(
      req,
      res,
      { login: { accountId: sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({ ...c, grant_types: ["authorization_code"], response_types: ["code"] })),
    jwks: { keys: [await signingJwk()] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups"],
    // ID tokens carry the scope's claims, as Entra ID, Okta and Google do; SPs often read only the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => options.requirePkce !== false },
    features: { devInteractions: { enabled: false } },
    ttl: { AuthorizationCode: 60, Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["test-provider-cookie-key"] },
    renderError(ctx, out) {
      ctx.type = "json";
      ctx.body = out;
    },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ email_verified: true, ...account }) };
    },
  });
  provider.on("server_error", (_ctx: KoaContextWithOIDC, error: Error) => console.error("test OIDC provider:", error));
  started.handle = provider.callback();
  started.provider = provider;

  return {
    issuer,
    setNextAccount(sub) {
      if (!accounts.has(sub)) throw new Error(`The test provider has no account "${sub}"`);
      nextSub = sub;
    },
    putAccount(account) {
      accounts.set(account.sub, account);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

async function signingJwk() {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: "test-provider-rs256" };
}

/**
 * Drops the provider's session cookie from authorization requests (new and resumed), so each one signs in afresh
 * (as `setNextAccount` says) instead of reusing the browser's session or asking to log out of it.
 */
function forgetProviderSession(req: IncomingMessage) {
  const kept = (req.headers.cookie ?? "").split(/;\s*/).filter((c) => c && !c.startsWith("_session"));
  req.headers.cookie = kept.join("; ");
}
