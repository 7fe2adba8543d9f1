import { describe, expect, it } from "vitest";
import { parseIdpMetadata } from "./parse-idp-metadata";
import { startSamlIdp } from "./testing/start-saml-idp";

describe("parseIdpMetadata", () => {
  it("reads entity id, SSO URL and signing certificate from a real IdP's metadata", async () => {
    const idp = await startSamlIdp({ user: { nameId: "u", email: "u@example.test" } });
    try {
      const parsed = parseIdpMetadata(idp.metadataXml);
      expect(parsed).toMatchObject({ entityId: idp.entityId, ssoUrl: idp.ssoUrl });
      const body = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, "");
      expect(parsed!.certificates.map(body)).toEqual([body(idp.key.certificate)]);
    } finally {
      await idp.close();
    }
  });

  it.each([
    "",
    "<nope/>",
    "not xml at all <",
    '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>',
  ])("answers null for %j", (xml) => expect(parseIdpMetadata(xml)).toBeNull());
});
