import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, auditEvents } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { addDomain } from "./add-domain";
import { getBrandAsset } from "./get-brand-asset";
import { getBranding } from "./get-branding";
import { getPortalAgency } from "./get-portal-agency";
import { listDomains } from "./list-domains";
import { removeDomain } from "./remove-domain";
import { updateBranding } from "./update-branding";

// A real 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

const failsWith = async (work: Promise<unknown>, status: number) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
};
const form = async () => {
  const b = await getBranding(await staffFor("admin@acme.test"));
  return {
    name: b.name,
    slug: b.slug,
    primaryColor: b.primaryColor,
    supportEmail: b.supportEmail,
    senderName: b.senderName,
  };
};
const acmeRow = async () => (await (await getDb()).select().from(agencies).where(eq(agencies.slug, "acme")))[0];
const brandingAudits = async () =>
  (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, "branding_change"));
const brandFiles = (agencyId: string) => {
  const dir = path.join(getConfig().dataDir, "brand", agencyId);
  return existsSync(dir) ? readdirSync(dir) : [];
};
const logoFiles = (agencyId: string) => brandFiles(agencyId).filter((name) => name.startsWith("logo-"));

describe("updateBranding", () => {
  it("saves colour and logo, serves the logo publicly, audits before/after once", async () => {
    const admin = await staffFor("admin@acme.test");
    const before = await acmeRow();
    // The demo seed gave Acme a generated initials mark; an upload replaces it like any logo.
    expect(before.logoPath).toMatch(/^logo-[0-9a-f]{16}\.svg$/);
    expect((await getBrandAsset(before.id, "logo"))?.contentType).toBe("image/svg+xml");
    const saved = await updateBranding(admin, { ...(await form()), primaryColor: "#FACC15" }, { logo: PNG });
    expect(saved.primaryColor).toBe("#facc15");
    expect(saved.primaryForeground).toBe("#000000");
    expect(saved.logoUrl).toMatch(new RegExp(`^/brand-assets/${before.id}/logo\\?v=logo-[0-9a-f]{16}\\.png$`));
    const audits = await brandingAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0].details).toMatchObject({
      before: { primaryColor: before.primaryColor, logoPath: before.logoPath },
      after: { primaryColor: "#facc15" },
    });

    const asset = await getBrandAsset(before.id, "logo");
    expect(asset?.contentType).toBe("image/png");
    expect(Buffer.compare(asset!.bytes, PNG)).toBe(0);
    expect(logoFiles(before.id)).toEqual([(await acmeRow()).logoPath]);
    // The portal's public brand follows on the next request.
    expect((await getPortalAgency("acme.localhost:3000"))?.primaryColor).toBe("#facc15");
  });

  it.each([
    ["a bad hex colour", { primaryColor: "#12345g" }, {}],
    ["an oversize logo", {}, { logo: Buffer.concat([PNG, Buffer.alloc(512 * 1024)]) }],
    ["an SVG named logo.png (wrong magic bytes)", {}, { logo: SVG }],
    ["a JPEG favicon", {}, { favicon: JPEG }],
    ["an oversize favicon", {}, { favicon: Buffer.concat([PNG, Buffer.alloc(128 * 1024)]) }],
    ["a reserved slug", { slug: "admin" }, {}],
  ])("refuses %s with 422 and stores nothing", async (_label, patch, uploads) => {
    const admin = await staffFor("admin@acme.test");
    const row = await acmeRow();
    const files = brandFiles(row.id);
    const audits = (await brandingAudits()).length;
    await failsWith(updateBranding(admin, { ...(await form()), primaryColor: "#0f766e", ...patch }, uploads), 422);
    expect(await acmeRow()).toEqual(row);
    expect(brandFiles(row.id)).toEqual(files);
    expect(await brandingAudits()).toHaveLength(audits);
  });

  it("refuses a slug another agency has (409) and keeps no uploaded file", async () => {
    const admin = await staffFor("admin@acme.test");
    const row = await acmeRow();
    const files = brandFiles(row.id);
    const other = Buffer.from(PNG);
    other[other.length - 1] ^= 1; // different content, so a new file name
    await failsWith(updateBranding(admin, { ...(await form()), slug: "globex" }, { logo: other }), 409);
    expect(brandFiles(row.id)).toEqual(files);
    expect((await acmeRow()).slug).toBe("acme");
  });

  it("is for owners and admins only", async () => {
    await failsWith(updateBranding(await staffFor("manager@acme.test"), await form()), 403);
    await failsWith(updateBranding(await staffFor("member@acme.test"), await form()), 403);
    await failsWith(getBranding(await staffFor("manager@acme.test")), 403);
    await failsWith(updateBranding(await clientUserFor("admin@summitlegal.test"), await form()), 404);
  });

  it("serves nothing for an unknown agency or kind", async () => {
    const row = await acmeRow();
    expect(await getBrandAsset("00000000-0000-4000-8000-000000000000", "logo")).toBeNull();
    expect(await getBrandAsset(row.id, "../../auth-secret")).toBeNull();
    expect(await getBrandAsset("../..", "logo")).toBeNull();
  });

  it("removes the logo when asked", async () => {
    const admin = await staffFor("admin@acme.test");
    const saved = await updateBranding(admin, { ...(await form()), removeLogo: true });
    expect(saved.logoUrl).toBeNull();
    expect(logoFiles((await acmeRow()).id)).toEqual([]);
  });
});

describe("custom domains", () => {
  it("adds a domain (verified at once outside production), routes it to the agency, and removes it", async () => {
    const admin = await staffFor("admin@acme.test");
    const added = await addDomain(admin, { domain: "https://Portal.AcmeVoice.example/" });
    expect(added).toMatchObject({
      domain: "portal.acmevoice.example",
      verified: true,
      dns: { type: "CNAME", value: "localhost" },
    });
    expect((await getPortalAgency("portal.acmevoice.example"))?.name).toBe("Acme Voice");
    expect((await listDomains(admin)).map((d) => d.domain)).toEqual(["portal.acmevoice.example"]);

    await failsWith(addDomain(await staffFor("owner@globex.test"), { domain: "portal.acmevoice.example" }), 409);
    await failsWith(removeDomain(await staffFor("owner@globex.test"), added.id), 404);

    await removeDomain(admin, added.id);
    expect(await listDomains(admin)).toEqual([]);
    const actions = (await (await getDb()).select().from(auditEvents))
      .filter((e) => e.targetId === added.id)
      .map((e) => e.action);
    expect(actions).toEqual(["domain_added", "domain_removed"]);
  });

  it.each(["localhost", "acme.localhost", "10.0.0.1", "no-dot", "bad_domain.com"])(
    "refuses %s with 422",
    async (domain) => {
      await failsWith(addDomain(await staffFor("admin@acme.test"), { domain }), 422);
    },
  );

  it("is for owners and admins only", async () => {
    await failsWith(addDomain(await staffFor("manager@acme.test"), { domain: "x.example.com" }), 403);
    await failsWith(listDomains(await staffFor("member@acme.test")), 403);
  });
});
