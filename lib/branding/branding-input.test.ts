import { describe, expect, it } from "vitest";
import { BrandingInput } from "./branding-input";
import { domainSchema, normaliseDomain } from "./domain-input";

const valid = {
  name: "Acme Voice",
  slug: "acme",
  primaryColor: "#2563EB",
  supportEmail: "support@acme.test",
  senderName: "Acme",
};

describe("BrandingInput", () => {
  it("accepts and normalises a valid form", () => {
    expect(BrandingInput.parse(valid)).toMatchObject({ primaryColor: "#2563eb", removeLogo: false });
  });

  it.each([
    ["a short hex colour", { primaryColor: "#fff" }],
    ["a named colour", { primaryColor: "blue" }],
    ["a colour with CSS injection", { primaryColor: "#000000;background:url(x)" }],
    ["a reserved slug", { slug: "admin" }],
    ["a slug with a dot", { slug: "acme.evil" }],
    ["a slug starting with a hyphen", { slug: "-acme" }],
    ["a one-letter name", { name: "A" }],
    ["a bad support email", { supportEmail: "not-an-email" }],
  ])("refuses %s", (_label, patch) => {
    expect(BrandingInput.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

describe("custom domains", () => {
  const schema = domainSchema("localhost:3000", "localhost:3000");
  it("normalises pasted URLs", () => {
    expect(normaliseDomain(" https://Portal.Example.com/login?x=1 ")).toBe("portal.example.com");
    expect(schema.parse("portal.example.com.")).toBe("portal.example.com");
  });
  it.each([
    "localhost",
    "acme.localhost",
    "127.0.0.1",
    "[::1]",
    "example",
    "exa_mple.com",
    "-bad.example.com",
    "portal.example.123",
    "",
  ])("refuses %s", (domain) => {
    expect(schema.safeParse(domain).success).toBe(false);
  });
});
