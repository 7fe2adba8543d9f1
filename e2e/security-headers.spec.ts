import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { portalUrl, signInToConsole, signInToPortal } from "./support/session";

type HeaderMap = Record<string, string>;

/** The headers every response the proxy answers carries (over http: no HSTS). */
function expectBaseHeaders(headers: HeaderMap) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

function expectPageCsp(headers: HeaderMap): string {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  return /'nonce-([^']+)'/.exec(csp)![1];
}

/** Authenticated data: never kept by a shared cache. */
function expectPrivate(headers: HeaderMap) {
  expect(headers["cache-control"]).toBe("private, no-store");
  expectBaseHeaders(headers);
}

/** fetch from inside the page (its cookies, its host), returning the headers. */
async function fetchHeaders(page: Page, path: string, init: { range?: string } = {}) {
  return page.evaluate(
    async ({ path, range }) => {
      const res = await fetch(path, { headers: range ? { Range: range } : {} });
      await res.arrayBuffer();
      return { status: res.status, headers: Object.fromEntries(res.headers.entries()) };
    },
    { path, range: init.range },
  );
}

/** Records every CSP violation and console error of a page, from before its first script. */
async function watchCsp(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

test.describe("security headers", () => {
  test("pages on the console, a portal host and an unknown custom domain", async ({ page, request, baseURL }) => {
    const nonces = new Set<string>();
    for (const url of [
      `${baseURL}/login`,
      `${portalUrl(baseURL, "acme")}/login`,
      `${portalUrl(baseURL, "acme")}/reset-password?token=abc`,
    ]) {
      const response = (await page.goto(url))!;
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expectBaseHeaders(headers);
      nonces.add(expectPageCsp(headers));
    }
    // A fresh nonce per render.
    expect(nonces.size).toBe(3);
    // The e2e data has no verified custom domain (verification needs DNS): an unverified one gets
    // the branded-nothing 404 page, with the same headers.
    const custom = await request.get(`${baseURL}/login`, { headers: { host: "portal.unverified-agency.test" } });
    expect(custom.status()).toBe(404);
    expectBaseHeaders(custom.headers());
    expectPageCsp(custom.headers());
  });

  test("the console's JSON API and audit export are private, no-store", async ({ page, request, baseURL }) => {
    await signInToConsole(page, baseURL, "owner@acme.test");
    const check = async (res: APIResponse, status = 200) => {
      expect(res.status()).toBe(status);
      expectPrivate(res.headers());
      expect(res.headers()["content-security-policy"]).toBeUndefined();
    };
    await check(await page.request.get(`${baseURL}/api/v1/me`));
    await check(await page.request.get(`${baseURL}/api/v1/clients?limit=1`));
    await check(await page.request.get(`${baseURL}/api/v1/clients/00000000-0000-4000-8000-000000000000`), 404);
    await check(await page.request.get(`${baseURL}/api/v1/audit-events/export?format=jsonl`));
    // Signed out: still not cacheable.
    const signedOut = await request.get(`${baseURL}/api/v1/me`);
    expect(signedOut.status()).toBe(401);
    expect(signedOut.headers()["cache-control"]).toBe("private, no-store");
  });

  test("portal JSON, a recording with Range, the calls export and an invoice PDF are private, no-store", async ({
    page,
    baseURL,
  }) => {
    await signInToPortal(page, baseURL, "admin@summitlegal.test");
    const calls = await fetchHeaders(page, "/api/v1/portal/calls?status=completed&limit=1");
    expect(calls.status).toBe(200);
    expectPrivate(calls.headers);
    const { items } = await page.evaluate(async () =>
      (await fetch("/api/v1/portal/calls?status=completed&limit=1")).json(),
    );
    const recording = await fetchHeaders(page, `/api/v1/portal/calls/${items[0].id}/recording`, {
      range: "bytes=0-99",
    });
    expect(recording.status).toBe(206);
    expectPrivate(recording.headers);
    const download = await fetchHeaders(page, `/api/v1/portal/calls/${items[0].id}/recording?download=1`);
    expect(download.status).toBe(200);
    expectPrivate(download.headers);
    const exported = await fetchHeaders(page, "/api/v1/portal/calls/export");
    expect(exported.status).toBe(200);
    expectPrivate(exported.headers);
    const billing = await page.evaluate(async () => (await fetch("/api/v1/portal/billing")).json());
    const pdf = await fetchHeaders(page, `/api/v1/portal/billing/invoices/${billing.invoices[0].id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expectPrivate(pdf.headers);
  });
});

test.describe("pages work under the CSP", () => {
  test("console: sign-in, clients, theme toggle — no violation, and an injected handler is blocked", async ({
    page,
    baseURL,
  }) => {
    const watch = await watchCsp(page);
    await signInToConsole(page, baseURL, "owner@acme.test");
    await page.goto(`${baseURL}/agency/clients`);
    await expect(page.getByRole("link", { name: "Bright Dental" }).first()).toBeVisible();
    // next-themes' inline script and React both run: the toggle flips the class on <html>.
    const before = await page.locator("html").getAttribute("class");
    await page.getByTitle("Toggle theme").click();
    await expect.poll(() => page.locator("html").getAttribute("class")).not.toBe(before);
    await page.reload();
    await expect(page.getByRole("link", { name: "Bright Dental" }).first()).toBeVisible();
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

    // What the CSP is for: markup injected into the page cannot run an inline handler.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image.png" onerror="window.__pwned = true">`),
    );
    await expect.poll(() => watch.violations()).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  test("portal: sign-in, calls, a call with audio, analytics charts — no violation", async ({ page, baseURL }) => {
    const watch = await watchCsp(page);
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.goto(`${origin}/calls`);
    await expect(page.getByTestId("call-row").first()).toBeVisible();
    const { items } = await page.evaluate(async () =>
      (await fetch("/api/v1/portal/calls?status=completed&limit=1")).json(),
    );
    await page.goto(`${origin}/calls/${items[0].id}`);
    const audio = page.getByTestId("call-audio");
    await page.getByTestId("transcript-line").nth(1).getByRole("button").click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0);
    await page.goto(`${origin}/analytics`);
    await expect.poll(() => page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(5);
    await page.getByTitle("Toggle theme").click();
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
