import { expect, test, type Page } from "@playwright/test";
import { portalUrl, sameOrigin, signInToConsole } from "./support/session";

/** How many clients of the signed-in agency carry this exact name. */
async function clientsNamed(page: Page, baseURL: string | undefined, name: string) {
  const res = await page.request.get(`${baseURL}/api/v1/clients?q=${encodeURIComponent(name)}&limit=50`);
  expect(res.status()).toBe(200);
  return ((await res.json()).items as { name: string }[]).filter((c) => c.name === name).length;
}

// Globex's owner, and every client made here is archived again: the console specs count Acme's clients.
const STAFF = "owner@globex.test";

/** Archives a client made by a test, from the console's own origin. */
async function archive(page: Page, baseURL: string | undefined, id: string) {
  expect(
    (await page.request.delete(`${baseURL}/api/v1/clients/${id}`, { headers: sameOrigin(baseURL) })).status(),
  ).toBe(200);
}

test.describe("cookie-authenticated API refuses other origins and non-JSON bodies", () => {
  test("POST /api/v1/clients: 403 for a foreign or missing Origin, 415 for text/plain and forms, 201 from its own origin", async ({
    page,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, STAFF);
    const url = `${baseURL}/api/v1/clients`;
    const own = sameOrigin(baseURL);

    // The reported attack: another site's page posting a "simple" request with the user's cookie.
    const attack = await page.request.post(url, {
      headers: {
        origin: "http://evil.test",
        "sec-fetch-site": "cross-site",
        "content-type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify({ name: "Evil Co" }),
    });
    expect(attack.status()).toBe(403);
    expect((await attack.json()).error).toEqual({
      code: "forbidden_origin",
      message: expect.stringContaining("another site"),
    });
    const foreignJson = await page.request.post(url, {
      headers: { origin: portalUrl(baseURL, "acme") },
      data: { name: "Portal Co" },
    });
    expect(foreignJson.status()).toBe(403);
    const noOrigin = await page.request.post(url, { data: { name: "No Origin Co" } });
    expect(noOrigin.status()).toBe(403);
    expect((await noOrigin.json()).error.code).toBe("forbidden_origin");

    const textPlain = await page.request.post(url, {
      headers: { ...own, "content-type": "text/plain" },
      data: JSON.stringify({ name: "Plain Co" }),
    });
    expect(textPlain.status()).toBe(415);
    expect((await textPlain.json()).error.code).toBe("unsupported_media_type");
    const form = await page.request.post(url, { headers: own, form: { name: "Form Co" } });
    expect(form.status()).toBe(415);

    for (const name of ["Evil Co", "Portal Co", "No Origin Co", "Plain Co", "Form Co"])
      expect(await clientsNamed(page, baseURL, name)).toBe(0);

    const created = await page.request.post(url, { headers: own, data: { name: "Own Origin Co" } });
    expect(created.status()).toBe(201);
    expect(await clientsNamed(page, baseURL, "Own Origin Co")).toBe(1);
    await archive(page, baseURL, (await created.json()).id);
  });

  test("PATCH and DELETE on a client need the host's own Origin too", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, STAFF);
    const created = await page.request.post(`${baseURL}/api/v1/clients`, {
      headers: sameOrigin(baseURL),
      data: { name: "Origin Target Co" },
    });
    const { id } = await created.json();
    const url = `${baseURL}/api/v1/clients/${id}`;
    expect(
      (
        await page.request.patch(url, { headers: { origin: "http://evil.test" }, data: { name: "Renamed by evil" } })
      ).status(),
    ).toBe(403);
    expect((await page.request.delete(url, { headers: { origin: "http://evil.test" } })).status()).toBe(403);
    expect((await page.request.delete(url)).status()).toBe(403);
    expect((await (await page.request.get(url)).json()).name).toBe("Origin Target Co");
    expect(
      (await page.request.patch(url, { headers: sameOrigin(baseURL), data: { name: "Retitled at home" } })).status(),
    ).toBe(200);
    await archive(page, baseURL, id);
  });

  // (A cross-site page's own POST arrives without the SameSite=Lax session cookie in Chromium, so
  // the foreign-Origin cases above are sent with Playwright's request API, cookie attached.)
  test("the browser's own requests pass: it sends Origin, and Referrer-Policy does not blank it", async ({
    page,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, STAFF);
    // The browser's own same-origin request passes (fetch sends Origin; Referrer-Policy keeps it).
    await page.goto(`${baseURL}/agency/clients`);
    const created = await page.evaluate(async () => {
      const res = await fetch("/api/v1/clients", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Same Origin Co" }),
      });
      return { status: res.status, id: (await res.json()).id as string };
    });
    expect(created.status).toBe(201);
    await archive(page, baseURL, created.id);
  });
});
