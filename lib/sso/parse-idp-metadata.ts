import { DOMParser } from "@xmldom/xmldom";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";

export type IdpMetadata = { entityId: string; ssoUrl: string; certificates: string[] };

/**
 * Reads what the SP needs from an IdP's metadata XML: its entityID, the SingleSignOnService
 * location (HTTP-Redirect preferred) and its signing certificates (PEM). Null when any is missing.
 */
export function parseIdpMetadata(xml: string): IdpMetadata | null {
  let doc;
  try {
    doc = new DOMParser({ errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} } }).parseFromString(
      xml,
      "text/xml",
    );
  } catch {
    return null;
  }
  // An empty or unparsable document gives no document at all.
  if (!doc?.documentElement) return null;
  const entity = doc.getElementsByTagNameNS(MD, "EntityDescriptor")[0];
  const idp = doc.getElementsByTagNameNS(MD, "IDPSSODescriptor")[0];
  if (!entity || !idp) return null;
  const entityId = entity.getAttribute("entityID") ?? "";
  const services = Array.from(idp.getElementsByTagNameNS(MD, "SingleSignOnService"));
  const redirect = services.find((s) => s.getAttribute("Binding")?.endsWith("HTTP-Redirect")) ?? services[0];
  const ssoUrl = redirect?.getAttribute("Location") ?? "";
  const certificates = Array.from(idp.getElementsByTagNameNS(MD, "KeyDescriptor"))
    .filter((k) => !k.getAttribute("use") || k.getAttribute("use") === "signing")
    .flatMap((k) => Array.from(k.getElementsByTagNameNS(DS, "X509Certificate")))
    .map((c) => toPem((c.textContent ?? "").replace(/\s+/g, "")))
    .filter((c) => c.length > 60);
  if (!entityId || !/^https?:\/\//.test(ssoUrl) || certificates.length === 0) return null;
  return { entityId, ssoUrl, certificates: [...new Set(certificates)] };
}

function toPem(base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----`;
}
