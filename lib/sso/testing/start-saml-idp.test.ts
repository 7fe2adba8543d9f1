import { SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSamlIdp, type RunningSamlIdp } from "./start-saml-idp";

const SP = "http://sp.test/api/sso/conn-1";
const ACS = "http://sp.test/api/sso/conn-1/acs";
let idp: RunningSamlIdp;

beforeAll(async () => {
  idp = await startSamlIdp({
    user: { nameId: "ada@acme.test", email: "ada@acme.test", name: "Ada", groups: ["admins"] },
  });
});
afterAll(() => idp.close());

function strictSp(binding?: "HTTP-POST") {
  return new SAML({
    issuer: SP,
    audience: SP,
    callbackUrl: ACS,
    entryPoint: idp.ssoUrl,
    idpCert: idp.key.certificate,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    acceptedClockSkewMs: 120_000,
    authnRequestBinding: binding,
  });
}

/** Reads the auto-submitting form the IdP answers with, as the browser would post it. */
function readPostForm(html: string) {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
  return {
    action: /action="([^"]+)"/.exec(html)?.[1],
    SAMLResponse: field("SAMLResponse")!,
    RelayState: field("RelayState"),
  };
}

describe("startSamlIdp", () => {
  it("serves metadata with its entityID, both SSO bindings and its signing certificate", async () => {
    const response = await fetch(idp.metadataUrl);
    const doc = new DOMParser().parseFromString(await response.text(), "text/xml");
    const md = "urn:oasis:names:tc:SAML:2.0:metadata";
    expect(doc.documentElement!.getAttribute("entityID")).toBe(idp.entityId);
    const services = Array.from(doc.getElementsByTagNameNS(md, "SingleSignOnService"));
    expect(services.map((s) => [s.getAttribute("Binding")?.split(":").pop(), s.getAttribute("Location")])).toEqual([
      ["HTTP-Redirect", idp.ssoUrl],
      ["HTTP-POST", idp.ssoUrl],
    ]);
    const cert = doc.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate")[0].textContent;
    expect(cert).toBe(idp.key.certificateBody);
  });

  it("answers a Redirect-binding AuthnRequest with a signed response the strict SP accepts, RelayState kept", async () => {
    const sp = strictSp();
    const html = await (await fetch(await sp.getAuthorizeUrlAsync("back-to=/clients", undefined, {}))).text();
    const form = readPostForm(html);
    expect(form).toMatchObject({ action: ACS, RelayState: "back-to=/clients" });
    expect(html).toContain("document.forms[0].submit()");
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: form.SAMLResponse });
    expect(profile).toMatchObject({ nameID: "ada@acme.test", email: "ada@acme.test", name: "Ada", groups: "admins" });
    expect(idp.lastRequest()).toMatchObject({
      issuer: SP,
      acsUrl: ACS,
      binding: "redirect",
      relayState: "back-to=/clients",
    });
  });

  it("answers a POST-binding AuthnRequest and signs in whoever the test chose", async () => {
    const sp = strictSp("HTTP-POST");
    const request = readPostFormRequest(await sp.getAuthorizeFormAsync("r-2", undefined, {}));
    idp.setNextUser({ nameId: "bob@acme.test", email: "bob@acme.test", groups: ["staff", "ops"] });
    const html = await (await fetch(idp.ssoUrl, { method: "POST", body: new URLSearchParams(request) })).text();
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: readPostForm(html).SAMLResponse });
    expect(profile).toMatchObject({ nameID: "bob@acme.test", groups: ["staff", "ops"] });
    expect(idp.lastRequest()).toMatchObject({ binding: "post", relayState: "r-2" });
  });

  it("starts an IdP-initiated sign-in: no InResponseTo, so a strict SP refuses it and an ifPresent one takes it", async () => {
    const url = idp.idpInitiatedUrl({ audience: SP, acsUrl: ACS, relayState: "/clients" });
    const form = readPostForm(await (await fetch(url)).text());
    expect(form).toMatchObject({ action: ACS, RelayState: "/clients" });
    await expect(strictSp().validatePostResponseAsync({ SAMLResponse: form.SAMLResponse })).rejects.toThrow(
      /InResponseTo/,
    );
    const lax = new SAML({ ...strictSp().options, validateInResponseTo: ValidateInResponseTo.ifPresent });
    expect((await lax.validatePostResponseAsync({ SAMLResponse: form.SAMLResponse })).profile?.email).toBeTruthy();
    expect((await fetch(`${idp.ssoUrl.replace("/sso", "/initiate")}?audience=x`)).status).toBe(400);
  });

  it("sends hostile responses when told to, and refuses what is not an AuthnRequest", async () => {
    const sp = strictSp();
    idp.setResponseOverrides({ sign: "none" });
    try {
      const html = await (await fetch(await sp.getAuthorizeUrlAsync("", undefined, {}))).text();
      await expect(sp.validatePostResponseAsync({ SAMLResponse: readPostForm(html).SAMLResponse })).rejects.toThrow(
        /signature/i,
      );
    } finally {
      idp.setResponseOverrides(undefined);
    }
    expect((await fetch(`${idp.ssoUrl}?SAMLRequest=bm90LXhtbA`)).status).toBe(400);
  });
});

function readPostFormRequest(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/name="(SAMLRequest|RelayState)" value="([^"]*)"/g)) out[name] = value;
  return out;
}
