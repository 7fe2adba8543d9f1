import { describe, expect, it } from "vitest";
import { createBody, formFrom, updateBody } from "./sso-connection-form";

const stored = {
  id: "c1",
  type: "oidc" as const,
  name: "Okta",
  domains: ["example.com"],
  oidc: { issuer: "https://idp.example.com", clientId: "abc", clientSecretSet: true },
  jitProvisioning: false,
  defaultRole: "member",
  groupRoles: [{ group: "admins", role: "admin" }],
  enforced: false,
  lastTestedAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  spEntityId: "",
  acsUrl: "",
  metadataUrl: "",
  callbackUrl: "",
  startUrl: "",
};

describe("SSO connection form bodies", () => {
  it("an edit that leaves the IdP alone sends no oidc block, so the server keeps the passed test", () => {
    const initial = formFrom(stored, "member");
    const body = updateBody({ ...initial, name: "Okta EU", domains: "example.com, example.org" }, initial, null);
    expect(body).not.toHaveProperty("oidc");
    expect(body).toMatchObject({ name: "Okta EU", domains: ["example.com", "example.org"] });
  });

  it("sends only what changed of the IdP, and a secret only when one was typed", () => {
    const initial = formFrom(stored, "member");
    expect(updateBody({ ...initial, clientSecret: "new" }, initial, null).oidc).toEqual({ clientSecret: "new" });
    expect(updateBody({ ...initial, issuer: "https://other.example.com " }, initial, null).oidc).toEqual({
      issuer: "https://other.example.com",
    });
  });

  it("creates with blank group rows dropped and agent assignments only for a client", () => {
    const form = {
      ...formFrom(null, "analyst"),
      name: "Entra",
      issuer: "https://login.example.com",
      oidcClientId: "id",
      clientSecret: "s",
      groupRoles: [
        { group: " staff ", role: "admin", agentIds: ["a1"] },
        { group: "", role: "agent", agentIds: [] },
      ],
    };
    expect(createBody(form, "client-1").groupRoles).toEqual([{ group: "staff", role: "admin", agentIds: ["a1"] }]);
    expect(createBody(form, null).groupRoles).toEqual([{ group: "staff", role: "admin" }]);
    expect(createBody(form, null)).not.toHaveProperty("clientId");
    expect(createBody({ ...form, type: "saml", metadataXml: "<x/>" }, null)).toMatchObject({
      saml: { metadataXml: "<x/>" },
    });
  });
});
