import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { inflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { buildSamlResponse, type BuildSamlResponseOptions, type SamlTestUser } from "./build-saml-response";
import { generateSamlSigningKey, type SamlSigningKey } from "./generate-saml-signing-key";

/** What the IdP read from the last AuthnRequest it answered. */
export type ReceivedAuthnRequest = {
  id: string;
  issuer: string;
  acsUrl: string;
  relayState?: string;
  binding: "redirect" | "post";
};

export type SamlIdpOptions = {
  /** Signs in this user until `setNextUser` changes it. */
  user: SamlTestUser;
  /** Default `${base}/metadata`. */
  entityId?: string;
};

export type RunningSamlIdp = {
  entityId: string;
  /** The SingleSignOnService location (both bindings). */
  ssoUrl: string;
  metadataUrl: string;
  metadataXml: string;
  /** Signing key and certificate (PEM), generated at start. */
  key: SamlSigningKey;
  setNextUser: (user: SamlTestUser) => void;
  /** Changes every later response (e.g. `{ sign: "none" }` or another `audience`); `undefined` resets. */
  setResponseOverrides: (overrides: Partial<BuildSamlResponseOptions> | undefined) => void;
  lastRequest: () => ReceivedAuthnRequest | undefined;
  /**
   * A URL that starts an IdP-initiated sign-in: opening it answers the same auto-submitting page,
   * with a response that has no InResponseTo, for `audience` at `acsUrl`.
   */
  idpInitiatedUrl: (sp: { audience: string; acsUrl: string; relayState?: string }) => string;
  close: () => Promise<void>;
};

/**
 * A SAML 2.0 IdP on 127.0.0.1 (OS-assigned port) with a fresh RSA key and self-signed certificate:
 * `GET /metadata` serves its metadata; `/sso` takes an AuthnRequest by HTTP-Redirect (deflated,
 * base64 `SAMLRequest` + `RelayState`) or HTTP-POST, and answers, without any login form, a page that
 * auto-submits a signed `SAMLResponse` (+ RelayState) to the request's ACS URL — so a browser just runs
 * through it. Audience is the request's Issuer, InResponseTo its ID. Requests are not signature-checked.
 * `idpInitiatedUrl` starts an unsolicited (IdP-initiated) sign-in the same way.
 */
export async function startSamlIdp(options: SamlIdpOptions): Promise<RunningSamlIdp> {
  const key = await generateSamlSigningKey("Test SAML IdP");
  let user = options.user;
  let overrides: Partial<BuildSamlResponseOptions> | undefined;
  let last: ReceivedAuthnRequest | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/metadata") {
      return void res.writeHead(200, { "content-type": "application/samlmetadata+xml" }).end(metadataXml);
    }
    if (url.pathname === "/initiate") {
      const audience = url.searchParams.get("audience") ?? "";
      const acsUrl = url.searchParams.get("acs") ?? "";
      if (!audience || !URL.canParse(acsUrl)) return void res.writeHead(400).end("audience and acs are required");
      const { base64 } = buildSamlResponse({ issuer: entityId, audience, acsUrl, user, key, ...overrides });
      const relayState = url.searchParams.get("RelayState") ?? undefined;
      return void res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(postForm(acsUrl, base64, relayState));
    }
    if (url.pathname !== "/sso") return void res.writeHead(404).end();
    void readSsoParams(req, url)
      .then(({ params, binding }) => {
        const request = parseAuthnRequest(params.get("SAMLRequest") ?? "", binding === "redirect");
        const relayState = params.get("RelayState") ?? undefined;
        last = { ...request, relayState, binding };
        const { base64 } = buildSamlResponse({
          issuer: entityId,
          audience: request.issuer,
          acsUrl: request.acsUrl,
          inResponseTo: request.id,
          user,
          key,
          ...overrides,
        });
        res
          .writeHead(200, { "content-type": "text/html; charset=utf-8" })
          .end(postForm(request.acsUrl, base64, relayState));
      })
      .catch((error: unknown) =>
        res.writeHead(400, { "content-type": "text/plain" }).end(`Bad AuthnRequest: ${String(error)}`),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = options.entityId ?? `${base}/metadata`;
  const ssoUrl = `${base}/sso`;
  const metadataXml = idpMetadata(entityId, ssoUrl, key.certificateBody);

  return {
    entityId,
    ssoUrl,
    metadataUrl: `${base}/metadata`,
    metadataXml,
    key,
    setNextUser: (next) => void (user = next),
    setResponseOverrides: (next) => void (overrides = next),
    lastRequest: () => last,
    idpInitiatedUrl({ audience, acsUrl, relayState }) {
      const url = new URL(`${base}/initiate`);
      url.searchParams.set("audience", audience);
      url.searchParams.set("acs", acsUrl);
      if (relayState !== undefined) url.searchParams.set("RelayState", relayState);
      return url.href;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

async function readSsoParams(req: IncomingMessage, url: URL) {
  if (req.method !== "POST") return { params: url.searchParams, binding: "redirect" as const };
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return { params: new URLSearchParams(Buffer.concat(chunks).toString()), binding: "post" as const };
}

/**
 * HTTP-Redirect requests are raw-deflated before base64; HTTP-POST ones should not be, though some SPs
 * (node-saml among them) deflate those too, so a POST body is inflated unless it is already XML.
 */
function parseAuthnRequest(samlRequest: string, deflated: boolean) {
  const bytes = Buffer.from(samlRequest, "base64");
  const plain = !deflated && bytes.toString("utf8").trimStart().startsWith("<");
  const xml = (plain ? bytes : inflateRawSync(bytes)).toString("utf8");
  const refuse = (message: string) => {
    throw new Error(message);
  };
  const parser = new DOMParser({ errorHandler: { warning: () => {}, error: refuse, fatalError: refuse } });
  const root = parser.parseFromString(xml, "text/xml").documentElement;
  if (!root || root.localName !== "AuthnRequest") throw new Error("not an AuthnRequest");
  const issuer = root.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer")[0]?.textContent ?? "";
  const id = root.getAttribute("ID");
  const acsUrl = root.getAttribute("AssertionConsumerServiceURL");
  if (!id || !acsUrl || !issuer) throw new Error("the AuthnRequest needs ID, AssertionConsumerServiceURL and Issuer");
  return { id, issuer, acsUrl };
}

function postForm(acsUrl: string, samlResponse: string, relayState: string | undefined): string {
  const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${attr(value)}">`;
  return (
    `<!doctype html><html><head><title>Signing in</title></head><body onload="document.forms[0].submit()">` +
    `<form method="post" action="${attr(acsUrl)}">${field("SAMLResponse", samlResponse)}` +
    (relayState === undefined ? "" : field("RelayState", relayState)) +
    `<noscript><button type="submit">Continue</button></noscript></form></body></html>`
  );
}

function idpMetadata(entityId: string, ssoUrl: string, certificateBody: string): string {
  const binding = (b: string) =>
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:${b}" Location="${attr(ssoUrl)}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${attr(entityId)}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>` +
    `<ds:X509Certificate>${certificateBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>` +
    binding("HTTP-Redirect") +
    binding("HTTP-POST") +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}

function attr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
