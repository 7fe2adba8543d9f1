import "server-only";
import { CacheProvider, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import { withTenant } from "@/db/tenant";
import { ssoConsumedAssertions } from "@/db/schema";
import type { SsoConnection } from "./find-connection";
import { peekSignInRequest, saveSignInRequest, takeSignInRequest, type SsoPurpose } from "./sign-in-requests";
import type { ConnectionUrls } from "./connection-urls";
import { SsoFailure, stringList, type SsoClaims } from "./sso-claims";

const SKEW_MS = 120_000;
const REQUEST_LIFETIME_MS = 10 * 60 * 1000; // as lib/sso/sign-in-requests.ts keeps them
const SAML_NS = "urn:oasis:names:tc:SAML:2.0:assertion";

/**
 * The request ids node-saml issues and checks (InResponseTo), kept in PostgreSQL so any instance
 * can take the response (its default cache lives in one process's memory). `taken` remembers what
 * the response answered (a real sign-in or a console test).
 */
class DatabaseRequestCache implements CacheProvider {
  taken: SsoPurpose | null = null;
  constructor(
    private readonly connection: SsoConnection,
    private readonly purpose: SsoPurpose,
  ) {}
  async saveAsync(key: string, value: string) {
    await saveSignInRequest(this.connection, key, { purpose: this.purpose });
    return { value, createdAt: Date.now() };
  }
  // node-saml reads the value as the request's creation time (and checks its own expiry on it).
  async getAsync(key: string) {
    const row = await peekSignInRequest(this.connection, key);
    return row ? new Date(row.expiresAt.getTime() - REQUEST_LIFETIME_MS).toISOString() : null;
  }
  async removeAsync(key: string | null) {
    const row = key ? await takeSignInRequest(this.connection, key) : null;
    if (row) this.taken = row.purpose;
    return row ? "1" : null;
  }
}

/** The strict SP (lib/sso/testing/README.md): signed assertions, audience, InResponseTo always, ±2 min. */
function samlFor(connection: SsoConnection, urls: ConnectionUrls, cache: CacheProvider) {
  return new SAML({
    issuer: urls.spEntityId,
    audience: urls.spEntityId,
    callbackUrl: urls.acsUrl,
    entryPoint: connection.samlSsoUrl ?? "",
    idpCert: connection.samlIdpCertificates ?? [],
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    cacheProvider: cache,
    acceptedClockSkewMs: SKEW_MS,
    maxAssertionAgeMs: 300_000,
    requestIdExpirationPeriodMs: 10 * 60 * 1000,
    disableRequestedAuthnContext: true,
  });
}

export async function samlAuthorizeUrl(connection: SsoConnection, urls: ConnectionUrls, purpose: SsoPurpose) {
  const saml = samlFor(connection, urls, new DatabaseRequestCache(connection, purpose));
  return saml.getAuthorizeUrlAsync("", undefined, {});
}

export function samlMetadata(connection: SsoConnection, urls: ConnectionUrls) {
  return samlFor(connection, urls, new DatabaseRequestCache(connection, "sign_in")).generateServiceProviderMetadata(
    null,
  );
}

export async function samlClaims(
  connection: SsoConnection,
  urls: ConnectionUrls,
  samlResponse: string,
): Promise<{ claims: SsoClaims; purpose: SsoPurpose }> {
  const cache = new DatabaseRequestCache(connection, "sign_in");
  try {
    return await readResponse(connection, urls, samlResponse, cache);
  } catch (error) {
    if (error instanceof SsoFailure) error.purpose = cache.taken ?? (await purposeOf(connection, samlResponse));
    throw error;
  }
}

/** Whether a refused response answered a console test (only decides how the refusal is shown). */
async function purposeOf(connection: SsoConnection, samlResponse: string): Promise<SsoPurpose> {
  const xml = Buffer.from(samlResponse, "base64").toString("utf8");
  const inResponseTo = /InResponseTo="([^"]{1,200})"/.exec(xml)?.[1];
  const row = inResponseTo ? await peekSignInRequest(connection, inResponseTo) : null;
  return row?.purpose ?? "sign_in";
}

async function readResponse(
  connection: SsoConnection,
  urls: ConnectionUrls,
  samlResponse: string,
  cache: DatabaseRequestCache,
): Promise<{ claims: SsoClaims; purpose: SsoPurpose }> {
  let profile;
  try {
    ({ profile } = await samlFor(connection, urls, cache).validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    throw new SsoFailure(samlReason(error), (error as Error)?.message?.slice(0, 300));
  }
  if (!profile) throw new SsoFailure("saml_no_assertion");
  // node-saml leaves these to the SP (see lib/sso/testing/README.md).
  if (profile.issuer !== connection.samlIdpEntityId) throw new SsoFailure("saml_wrong_issuer", profile.issuer);
  const assertion = new DOMParser().parseFromString(profile.getAssertionXml?.() ?? "", "text/xml");
  const response = new DOMParser().parseFromString(profile.getSamlResponseXml?.() ?? "", "text/xml");
  const destination = response.documentElement?.getAttribute("Destination");
  if (destination && destination !== urls.acsUrl) throw new SsoFailure("saml_wrong_recipient", destination);
  const confirmations = Array.from(assertion.getElementsByTagNameNS(SAML_NS, "SubjectConfirmationData"));
  if (confirmations.length === 0 || confirmations.some((c) => c.getAttribute("Recipient") !== urls.acsUrl))
    throw new SsoFailure("saml_wrong_recipient");
  const assertionId = assertion.documentElement?.getAttribute("ID") ?? "";
  const notOnOrAfter = confirmations[0]?.getAttribute("NotOnOrAfter");
  await consumeAssertion(connection, assertionId, notOnOrAfter);

  const email =
    stringList(profile.email ?? profile.mail ?? profile["urn:oid:0.9.2342.19200300.100.1.3"])[0] ??
    (/^[^@\s]+@[^@\s]+$/.test(profile.nameID) ? profile.nameID : null);
  const { getAssertionXml: _a, getAssertion: _b, getSamlResponseXml: _c, ...raw } = profile;
  return {
    purpose: cache.taken ?? "sign_in",
    claims: {
      subject: profile.nameID,
      email: email?.toLowerCase() ?? null,
      name: typeof profile.name === "string" ? profile.name : null,
      groups: stringList(profile.groups),
      raw,
    },
  };
}

/** An assertion id is accepted once per connection (replay), kept until it could no longer be valid. */
async function consumeAssertion(
  connection: SsoConnection,
  assertionId: string,
  notOnOrAfter: string | null | undefined,
) {
  if (!assertionId || assertionId.length > 500) throw new SsoFailure("saml_no_assertion");
  const until = notOnOrAfter ? new Date(Date.parse(notOnOrAfter) + SKEW_MS) : new Date(Date.now() + 3600_000);
  const inserted = await withTenant(connection.agencyId, (tx) =>
    tx
      .insert(ssoConsumedAssertions)
      .values({ agencyId: connection.agencyId, connectionId: connection.id, assertionId, expiresAt: until })
      .onConflictDoNothing()
      .returning({ id: ssoConsumedAssertions.assertionId }),
  );
  if (inserted.length === 0) throw new SsoFailure("saml_replayed_assertion", assertionId);
}

/** node-saml's error, as the one reason an admin can act on. */
export function samlReason(error: unknown): string {
  const message = (error as Error)?.message ?? "";
  if (/InResponseTo is missing|unsolicited/i.test(message)) return "saml_idp_initiated_refused";
  if (/InResponseTo/i.test(message)) return "saml_unknown_in_response_to";
  if (/audience/i.test(message)) return "saml_wrong_audience";
  // node-saml judges a subject confirmation on its validity window only: one that failed is out of date.
  if (/expired|NotOnOrAfter|no valid subject confirmation/i.test(message)) return "saml_expired_assertion";
  if (/NotBefore|not yet valid/i.test(message)) return "saml_not_yet_valid";
  if (/no signature|not signed|missing.*signature|signature.*missing/i.test(message)) return "saml_unsigned";
  if (/signature|signed|cert/i.test(message)) return "saml_bad_signature";
  return "saml_invalid_response";
}
