import { inflateRawSync } from "node:zlib";
import { SAML, ValidateInResponseTo, type SamlConfig } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSamlResponse, type BuildSamlResponseOptions } from "./build-saml-response";
import { generateSamlSigningKey, type SamlSigningKey } from "./generate-saml-signing-key";

const IDP = "https://idp.test/metadata";
const SP = "https://acme.test/api/sso/conn-1";
const ACS = "https://acme.test/api/sso/conn-1/acs";
const ADA = { nameId: "ada@acme.test", email: "ada@acme.test", name: "Ada", groups: ["admins", "staff"] };
const MALLORY = { nameId: "mallory@acme.test", email: "mallory@acme.test" };
let idpKey: SamlSigningKey;
let otherKey: SamlSigningKey;

beforeAll(async () => {
  [idpKey, otherKey] = await Promise.all([generateSamlSigningKey("IdP"), generateSamlSigningKey("Attacker")]);
});

/** The strict SP configuration README.md recommends; the SSO code must use these options. */
function strictSp(overrides: Partial<SamlConfig> = {}) {
  return new SAML({
    issuer: SP,
    audience: SP,
    callbackUrl: ACS,
    entryPoint: "https://idp.test/sso",
    idpCert: idpKey.certificate,
    idpIssuer: IDP,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    acceptedClockSkewMs: 120_000,
    maxAssertionAgeMs: 300_000,
    ...overrides,
  });
}

/** Starts an SP-initiated login (which caches the request ID) and returns that ID. */
async function requestIdOf(sp: SAML): Promise<string> {
  const url = new URL(await sp.getAuthorizeUrlAsync("", undefined, {}));
  const request = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest")!, "base64")).toString();
  return /\sID="([^"]+)"/.exec(request)![1];
}

async function outcome(sp: SAML, options: Partial<BuildSamlResponseOptions>) {
  const inResponseTo = "inResponseTo" in options ? options.inResponseTo : await requestIdOf(sp);
  const { base64 } = buildSamlResponse({
    issuer: IDP,
    audience: SP,
    acsUrl: ACS,
    user: ADA,
    key: idpKey,
    ...options,
    inResponseTo,
  });
  return sp.validatePostResponseAsync({ SAMLResponse: base64 }).then(
    ({ profile }) => ({ accepted: profile }),
    (error: Error) => ({ refused: error.message }),
  );
}

const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

describe("buildSamlResponse against a strict @node-saml/node-saml 5.1.0", () => {
  it("accepts a valid response, assertion signed, and reads NameID, email, name and groups", async () => {
    const result = await outcome(strictSp(), {});
    expect(result).toMatchObject({
      accepted: { nameID: "ada@acme.test", email: "ada@acme.test", name: "Ada", groups: ["admins", "staff"] },
    });
  });

  it("accepts assertion and response both signed", async () => {
    expect(await outcome(strictSp(), { sign: "both" })).toHaveProperty("accepted.nameID", "ada@acme.test");
  });

  it.each<[string, Partial<BuildSamlResponseOptions>, RegExp]>([
    ["unsigned", { sign: "none" }, /signature/i],
    ["signed on the response only (wantAssertionsSigned)", { sign: "response" }, /signature/i],
    ["signed by a different key", { key: undefined }, /signature/i],
    [
      "forged assertion before the signed one",
      { wrapping: { kind: "forged-first", forgedUser: MALLORY } },
      /multiple assertions/,
    ],
    [
      "signed assertion hidden in a forged one",
      { wrapping: { kind: "forged-wraps-signed", forgedUser: MALLORY } },
      /Invalid signature/,
    ],
    ["another audience", { audience: "https://other-sp.test" }, /audience/i],
    [
      "expired 3 minutes ago (outside the 2-minute skew)",
      { notOnOrAfter: ago(180_000) },
      /subject confirmation|expired/i,
    ],
    ["not valid for 3 more minutes (outside the skew)", { notBefore: ahead(180_000) }, /not yet valid|NotBefore/i],
    ["InResponseTo of a request this SP never made", { inResponseTo: "_never-requested" }, /InResponseTo/i],
    ["no InResponseTo (IdP-initiated)", { inResponseTo: undefined }, /InResponseTo/i],
  ])("refuses a response %s", async (_name, options, reason) => {
    const withKey = "key" in options && options.key === undefined ? { ...options, key: otherKey } : options;
    const result = await outcome(strictSp(), withKey);
    expect(result).toHaveProperty("refused");
    expect((result as { refused: string }).refused).toMatch(reason);
  });

  it.each(["forged-first", "forged-wraps-signed"] as const)(
    "%s wrapping still carries a valid signature (so only a careful SP refuses it)",
    (kind) => {
      const { xml } = buildSamlResponse({
        issuer: IDP,
        audience: SP,
        acsUrl: ACS,
        user: ADA,
        key: idpKey,
        wrapping: { kind, forgedUser: MALLORY },
      });
      const doc = new DOMParser().parseFromString(xml, "text/xml");
      const verifier = new SignedXml({ publicCert: idpKey.certificate });
      verifier.loadSignature(doc.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature")[0]);
      expect(verifier.checkSignature(xml)).toBe(true);
      expect(doc.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID")[0].textContent).toBe(
        "mallory@acme.test",
      );
    },
  );

  it("accepts a validity window missed by less than the 2-minute skew on either side", async () => {
    expect(await outcome(strictSp(), { notOnOrAfter: ago(60_000) })).toHaveProperty("accepted");
    expect(await outcome(strictSp(), { notBefore: ahead(60_000) })).toHaveProperty("accepted");
  });

  it("refuses an assertion whose signed content was edited", async () => {
    const sp = strictSp();
    const built = buildSamlResponse({
      issuer: IDP,
      audience: SP,
      acsUrl: ACS,
      user: ADA,
      key: idpKey,
      inResponseTo: await requestIdOf(sp),
    });
    const edited = Buffer.from(built.xml.replace(">ada@acme.test<", ">mallory@acme.test<")).toString("base64");
    await expect(sp.validatePostResponseAsync({ SAMLResponse: edited })).rejects.toThrow(/signature/i);
  });

  it("refuses the same response twice: the request ID leaves the cache on first use", async () => {
    const sp = strictSp();
    const built = buildSamlResponse({
      issuer: IDP,
      audience: SP,
      acsUrl: ACS,
      user: ADA,
      key: idpKey,
      inResponseTo: await requestIdOf(sp),
    });
    await expect(sp.validatePostResponseAsync({ SAMLResponse: built.base64 })).resolves.toBeTruthy();
    await expect(sp.validatePostResponseAsync({ SAMLResponse: built.base64 })).rejects.toThrow(/InResponseTo/);
  });

  it("GAP: node-saml checks neither Issuer, Recipient, Destination nor replays without InResponseTo — the SSO code must", async () => {
    // These acceptances are what the SSO code has to close itself (see README.md): compare the profile's
    // issuer with the connection's IdP entityID (idpIssuer is only used for logout messages), Destination
    // and SubjectConfirmationData/@Recipient with its own ACS URL, and keep a table of used assertion IDs.
    const sp = strictSp();
    expect(await outcome(sp, { issuer: "https://evil-idp.test" })).toHaveProperty(
      "accepted.issuer",
      "https://evil-idp.test",
    );
    expect(
      await outcome(sp, { recipient: "https://evil.test/acs", destination: "https://evil.test/acs" }),
    ).toHaveProperty("accepted");
    const lax = strictSp({ validateInResponseTo: ValidateInResponseTo.ifPresent });
    const replayed = buildSamlResponse({
      issuer: IDP,
      audience: SP,
      acsUrl: ACS,
      user: ADA,
      key: idpKey,
      assertionId: "_fixed-assertion-id",
    });
    await expect(lax.validatePostResponseAsync({ SAMLResponse: replayed.base64 })).resolves.toBeTruthy();
    await expect(lax.validatePostResponseAsync({ SAMLResponse: replayed.base64 })).resolves.toBeTruthy();
    expect(replayed.assertionId).toBe("_fixed-assertion-id");
  });
});
