import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as brandAsset } from "@/app/brand-assets/[agencyId]/[kind]/route";
import { getDb } from "@/db/client";
import { agencies, auditEvents, clients, invoices } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { appStore } from "@/lib/storage/app-store";
import { localStore } from "@/lib/storage/local-store";
import { readObject } from "@/lib/storage/object-store";
import { startS3Server, type RunningS3Server } from "@/lib/storage/testing/start-s3-server";
import { renderInvoicePdf } from "../billing/render-invoice-pdf";
import { getBranding } from "./get-branding";
import { updateBranding } from "./update-branding";

// Real 1×1 PNGs, two different ones.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PNG_2 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

let s3: RunningS3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterEach(() => {
  delete process.env.STORAGE_URL;
  resetConfigForTests();
});
afterAll(async () => {
  await s3?.stop();
});

function useStore(storageUrl: string) {
  process.env.STORAGE_URL = storageUrl;
  resetConfigForTests();
}
const acme = async () => (await (await getDb()).select().from(agencies).where(eq(agencies.slug, "acme")))[0];
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
const serve = (agencyId: string, kind = "logo") =>
  brandAsset(new Request(`http://localhost:3000/brand-assets/${agencyId}/${kind}`), {
    params: Promise.resolve({ agencyId, kind }),
  });
const audits = async (action: string) =>
  (await (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, action))).length;

describe("logos and favicons in an S3-compatible store (STORAGE_URL)", () => {
  it("uploads into the bucket, serves from it, and removes the replaced logo there", async () => {
    useStore(s3.storageUrl);
    const admin = await staffFor("admin@acme.test");
    await updateBranding(admin, await form(), { logo: PNG });
    const first = (await acme()).logoPath!;
    const key = `brand/${admin.agencyId}/${first}`;
    expect((await readObject(appStore(), key))?.equals(PNG)).toBe(true);
    expect(await localStore(getConfig().dataDir).stat(key)).toBeNull();

    const response = await serve(admin.agencyId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);

    await updateBranding(admin, await form(), { logo: PNG_2 });
    expect(await appStore().stat(key)).toBeNull();
    expect(await appStore().stat(`brand/${admin.agencyId}/${(await acme()).logoPath}`)).toEqual({ size: PNG_2.length });
  });

  it("answers 503 when the store is down: the logo route, the invoice PDF and a new upload, changing nothing", async () => {
    useStore(s3.storageUrl);
    const admin = await staffFor("admin@acme.test");
    await updateBranding(admin, await form(), { logo: PNG });
    const before = await acme();

    const stopped = await startS3Server();
    await stopped.stop();
    useStore(stopped.storageUrl);

    const logo = await serve(admin.agencyId);
    expect(logo.status).toBe(503);
    expect(logo.headers.get("cache-control")).toBe("no-store");
    expect(await logo.json()).toEqual({ error: { code: "storage_unavailable", message: expect.any(String) } });

    const db = await getDb();
    const [invoice] = await db
      .select({ id: invoices.id })
      .from(invoices)
      .innerJoin(clients, eq(clients.id, invoices.clientId))
      .where(eq(clients.name, "Summit Legal"))
      .limit(1);
    const downloads = await audits("invoice_download");
    const pdf = await renderInvoicePdf(await clientUserFor("admin@summitlegal.test"), invoice.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(pdf).toBeInstanceOf(AppError);
    expect(pdf).toMatchObject({ code: "storage_unavailable", status: 503 });
    expect(await audits("invoice_download")).toBe(downloads);

    const changes = await audits("branding_change");
    const upload = await updateBranding(admin, { ...(await form()), primaryColor: "#112233" }, { logo: PNG_2 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(upload).toMatchObject({ code: "storage_unavailable", status: 503 });
    expect(await acme()).toEqual(before);
    expect(await audits("branding_change")).toBe(changes);
  }, 60_000);
});
