import { randomBytes } from "node:crypto";
import { SignedXml } from "xml-crypto";
import type { SamlSigningKey } from "./generate-saml-signing-key";

/** The person a SAML response asserts. */
export type SamlTestUser = { nameId: string; email: string; name?: string; groups?: string[] };

export type BuildSamlResponseOptions = {
  /** The IdP's entityID (Issuer of response and assertion). */
  issuer: string;
  /** The SP's entityID, written as the assertion's Audience. */
  audience: string;
  /** The SP's ACS URL, written as Recipient and Destination unless those are given. */
  acsUrl: string;
  recipient?: string;
  destination?: string;
  user: SamlTestUser;
  /** The AuthnRequest's ID; leave out for an IdP-initiated response. */
  inResponseTo?: string;
  assertionId?: string;
  responseId?: string;
  /** The key that signs; pass another IdP's key for "signed by a different key". */
  key: SamlSigningKey;
  /** What carries an enveloped signature (default: the assertion). */
  sign?: "assertion" | "response" | "both" | "none";
  /** The IdP's clock (IssueInstant, AuthnInstant). Default: now. */
  now?: Date;
  /** Assertion validity window (Conditions and SubjectConfirmationData). Default: now − 30 s … now + 5 min. */
  notBefore?: Date;
  notOnOrAfter?: Date;
  /**
   * Signature wrapping: the correctly signed assertion stays in the document, and an unsigned assertion
   * for `forgedUser` is put where a careless SP reads — before it (`forged-first`) or around it, the
   * signed one hidden in the forged assertion's Advice (`forged-wraps-signed`).
   */
  wrapping?: { kind: "forged-first" | "forged-wraps-signed"; forgedUser: SamlTestUser };
};

export type BuiltSamlResponse = {
  xml: string;
  /** The `SAMLResponse` form value. */ base64: string;
  assertionId: string;
};

const NS = {
  protocol: "urn:oasis:names:tc:SAML:2.0:protocol",
  assertion: "urn:oasis:names:tc:SAML:2.0:assertion",
};

/**
 * Builds a SAML 2.0 Response the way an IdP sends it to an ACS (HTTP-POST binding), signed with
 * xml-crypto (RSA-SHA256, exclusive C14N, enveloped signature carrying the certificate), plus the
 * hostile variants an SP must refuse: unsigned, another key, wrapping, wrong audience or recipient,
 * outside its validity window, unexpected or absent InResponseTo, a replayed assertion ID.
 */
export function buildSamlResponse(options: BuildSamlResponseOptions): BuiltSamlResponse {
  const now = options.now ?? new Date();
  const assertionId = options.assertionId ?? newId();
  const signWhat = options.sign ?? "assertion";
  let assertion = assertionXml(options, options.user, assertionId, now);
  if (signWhat === "assertion" || signWhat === "both") assertion = sign(assertion, "Assertion", options.key);
  if (options.wrapping) assertion = wrap(assertion, options, now);
  let xml = responseXml(options, assertion, now);
  if (signWhat === "response" || signWhat === "both") xml = sign(xml, "Response", options.key);
  return { xml, base64: Buffer.from(xml).toString("base64"), assertionId };
}

function wrap(signedAssertion: string, options: BuildSamlResponseOptions, now: Date): string {
  const forged = assertionXml(options, options.wrapping!.forgedUser, newId(), now);
  if (options.wrapping!.kind === "forged-first") return forged + signedAssertion;
  return forged.replace("</saml:Conditions>", `</saml:Conditions><saml:Advice>${signedAssertion}</saml:Advice>`);
}

function responseXml(o: BuildSamlResponseOptions, assertion: string, now: Date): string {
  const inResponseTo = o.inResponseTo ? ` InResponseTo="${esc(o.inResponseTo)}"` : "";
  return (
    `<samlp:Response xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}" ID="${o.responseId ?? newId()}" Version="2.0"` +
    ` IssueInstant="${now.toISOString()}" Destination="${esc(o.destination ?? o.acsUrl)}"${inResponseTo}>` +
    `<saml:Issuer>${esc(o.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    assertion +
    `</samlp:Response>`
  );
}

function assertionXml(o: BuildSamlResponseOptions, user: SamlTestUser, id: string, now: Date): string {
  const notBefore = (o.notBefore ?? new Date(now.getTime() - 30_000)).toISOString();
  const notOnOrAfter = (o.notOnOrAfter ?? new Date(now.getTime() + 300_000)).toISOString();
  const inResponseTo = o.inResponseTo ? ` InResponseTo="${esc(o.inResponseTo)}"` : "";
  return (
    `<saml:Assertion xmlns:saml="${NS.assertion}" ID="${esc(id)}" Version="2.0" IssueInstant="${now.toISOString()}">` +
    `<saml:Issuer>${esc(o.issuer)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${esc(user.nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${esc(o.recipient ?? o.acsUrl)}"${inResponseTo}/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}">` +
    `<saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${newId()}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>` +
    attributesXml(user) +
    `</saml:Assertion>`
  );
}

function attributesXml(user: SamlTestUser): string {
  const attribute = (name: string, values: string[]) =>
    `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">` +
    values.map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`).join("") +
    `</saml:Attribute>`;
  const parts = [attribute("email", [user.email])];
  if (user.name) parts.push(attribute("name", [user.name]));
  if (user.groups?.length) parts.push(attribute("groups", user.groups));
  return `<saml:AttributeStatement>${parts.join("")}</saml:AttributeStatement>`;
}

/** Enveloped signature on the document's top `element`, placed after its Issuer as the schema requires. */
function sign(xml: string, element: "Assertion" | "Response", key: SamlSigningKey): string {
  const signer = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  const top = `/*[local-name(.)='${element}']`;
  signer.addReference({
    xpath: top,
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
  });
  signer.computeSignature(xml, {
    prefix: "ds",
    location: { reference: `${top}/*[local-name(.)='Issuer']`, action: "after" },
  });
  return signer.getSignedXml();
}

function newId(): string {
  // An xs:ID must not start with a digit.
  return `_${randomBytes(20).toString("hex")}`;
}

function esc(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
