import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { fetchFromPage, portalUrl, sameOrigin, signInToConsole, signInToPortal } from "./support/session";

// The portal's overview, analytics and calls list are answered from the page cache
// (lib/page-cache) once rendered for a viewer. Each test shows a cached page change on the very
// next request after what it shows changed, and that no viewer is ever given another's page.
// Every test leaves the demo data as it found it: later specs run against the same server.

const volumeTotal = (page: Page) => page.getByTestId("chart-volume").getByTestId("chart-total");
const count = async (page: Page) => Number((await volumeTotal(page).textContent())!.replaceAll(",", ""));

/** Opens `url` twice; the second answer must come from the cache. */
async function openCached(page: Page, url: string) {
  expect((await page.goto(url))?.status()).toBe(200);
  const again = await page.goto(url);
  expect(again?.status()).toBe(200);
  expect(again?.headers()["x-cache"]).toBe("hit");
}

async function clientIdOf(console: Page, baseURL: string | undefined, name: string): Promise<string> {
  const list = await (await console.request.get(`${baseURL}/api/v1/clients?q=${encodeURIComponent(name)}`)).json();
  return list.items.find((c: { name: string }) => c.name === name).id;
}

async function ingest(request: APIRequestContext, baseURL: string | undefined, key: string, call: object) {
  const response = await request.post(`${baseURL}/api/v1/calls`, {
    headers: { authorization: `Bearer ${key}` },
    data: call,
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

test.describe("the page cache", () => {
  test("a cached analytics page shows a new call on the very next request, and its deletion after", async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@globexdental.test", "globex");
    const url = `${origin}/analytics?days=7`;
    await openCached(page, url);
    const before = await count(page);
    const [{ agent }] = (await fetchFromPage(page, "/api/v1/portal/calls?limit=1")).json.items;

    const console = await (await browser.newContext()).newPage();
    await signInToConsole(console, baseURL, "owner@globex.test");
    const created = await console.request.post(`${baseURL}/api/v1/api-keys`, {
      headers: sameOrigin(baseURL),
      data: { name: "Page cache test", scopes: ["calls.ingest"] },
    });
    expect(created.status()).toBe(201);
    const { key, id: keyId } = await created.json();
    const id = await ingest(request, baseURL, key, {
      externalId: `page-cache-${Date.now()}`,
      agentId: agent.id,
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      durationSeconds: 95,
      direction: "inbound",
      status: "completed",
      callerNumber: "+15550123",
    });

    const fresh = await page.goto(url);
    expect(fresh?.headers()["x-cache"]).toBe("miss");
    expect(await count(page)).toBe(before + 1);
    await openCached(page, url);
    expect(await count(page)).toBe(before + 1);

    expect((await fetchFromPage(page, `/api/v1/portal/calls/${id}`, { method: "DELETE" })).status).toBe(200);
    expect((await page.goto(url))?.headers()["x-cache"]).toBe("miss");
    expect(await count(page)).toBe(before);
    await console.request.delete(`${baseURL}/api/v1/api-keys/${keyId}`, { headers: sameOrigin(baseURL) });
    await console.context().close();
  });

  test("switching Analytics off makes the cached page a 404 at once, and its link leaves the overview", async ({
    page,
    browser,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await openCached(page, `${origin}/analytics`);
    await openCached(page, `${origin}/`);
    const nav = page.getByRole("navigation").getByRole("link", { name: "Analytics" });
    await expect(nav).toBeVisible();

    const console = await (await browser.newContext()).newPage();
    await signInToConsole(console, baseURL, "admin@acme.test");
    const permissions = `${baseURL}/api/v1/clients/${await clientIdOf(console, baseURL, "Summit Legal")}/permissions`;
    const set = async (on: boolean) => {
      const { version } = await (await console.request.get(permissions)).json();
      const saved = await console.request.patch(permissions, {
        headers: sameOrigin(baseURL),
        data: { version, view_analytics: on },
      });
      expect(saved.status()).toBe(200);
    };
    await set(false);
    try {
      expect((await page.goto(`${origin}/analytics`))?.status()).toBe(404);
      expect((await page.goto(`${origin}/`))?.headers()["x-cache"]).toBe("miss");
      await expect(nav).toHaveCount(0);
    } finally {
      await set(true);
    }
    expect((await page.goto(`${origin}/analytics`))?.status()).toBe(200);
    await console.context().close();
  });

  test("a role change takes the cached analytics away from that user only", async ({ page, browser, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    await openCached(page, `${origin}/analytics`);
    const colleague = await (await browser.newContext()).newPage();
    await signInToPortal(colleague, baseURL, "analyst@brightdental.test");
    await openCached(colleague, `${origin}/analytics`);

    const console = await (await browser.newContext()).newPage();
    await signInToConsole(console, baseURL, "admin@acme.test");
    const users = `${baseURL}/api/v1/clients/${await clientIdOf(console, baseURL, "Bright Dental")}/users`;
    const list = await (await console.request.get(users)).json();
    const supervisor = list.items.find((u: { email: string }) => u.email === "supervisor@brightdental.test");
    const setRole = async (role: string) =>
      expect(
        (
          await console.request.patch(`${users}/${supervisor.id}`, { headers: sameOrigin(baseURL), data: { role } })
        ).status(),
      ).toBe(200);
    await setRole("agent");
    try {
      expect((await page.goto(`${origin}/analytics`))?.status()).toBe(404);
      expect((await colleague.goto(`${origin}/analytics`))?.headers()["x-cache"]).toBe("hit");
    } finally {
      await setRole("supervisor");
    }
    expect((await page.goto(`${origin}/analytics`))?.status()).toBe(200);
    await Promise.all([console.context().close(), colleague.context().close()]);
  });

  test("a branding change reaches the cached analytics and overview on the next request", async ({
    page,
    browser,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    for (const path of ["/analytics", "/"]) await openCached(page, `${origin}${path}`);
    const console = await (await browser.newContext()).newPage();
    await signInToConsole(console, baseURL, "admin@acme.test");
    await console.goto("/agency/settings/branding");
    const colour = console.getByLabel("Primary colour", { exact: true });
    const original = await colour.inputValue();
    const save = async (value: string) => {
      await colour.fill(value);
      await console.getByRole("button", { name: "Save branding" }).click();
      await expect(console.getByText("Branding saved.")).toBeVisible();
    };
    await save("#0f766e");
    try {
      for (const path of ["/analytics", "/"]) {
        expect((await page.goto(`${origin}${path}`))?.headers()["x-cache"]).toBe("miss");
        await expect(page.locator("body")).toHaveAttribute("style", /--brand:\s*#0f766e/);
      }
    } finally {
      await console.reload();
      await save(original);
    }
    await console.context().close();
  });

  test("two users of one client with different agent scopes each get only their own cached calls", async ({
    page,
    browser,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "agent@brightdental.test");
    const colleague = await (await browser.newContext()).newPage();
    await signInToPortal(colleague, baseURL, "supervisor@brightdental.test");
    // Interleaved, so each one's second visit comes right after the other's.
    await page.goto(`${origin}/calls`);
    await colleague.goto(`${origin}/calls`);
    await openCached(page, `${origin}/calls`);
    await openCached(colleague, `${origin}/calls`);
    const agentsOf = async (p: Page) => new Set(await p.getByTestId("call-agent").allTextContents());
    expect([...(await agentsOf(page))]).toEqual(["Front Desk"]);
    expect((await agentsOf(colleague)).size).toBeGreaterThan(1);
    await colleague.context().close();
  });

  test("another agency's viewer never gets a cached page of this one, even with its cookie", async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    const acme = await signInToPortal(page, baseURL, "admin@brightdental.test");
    const globexPage = await (await browser.newContext()).newPage();
    const globex = await signInToPortal(globexPage, baseURL, "admin@globexdental.test", "globex");
    for (const path of ["/", "/calls", "/analytics"]) {
      await openCached(page, `${acme}${path}`);
      await openCached(globexPage, `${globex}${path}`);
      await expect(globexPage.locator("body")).not.toContainText("Bright Dental");
      await expect(page.locator("body")).not.toContainText("Globex");
    }
    // The Acme cookie sent to the Globex portal's host: no page, cached or not — sign-in.
    const cookie = (await page.context().cookies(acme)).map((c) => `${c.name}=${c.value}`).join("; ");
    const url = new URL(portalUrl(baseURL, "globex"));
    for (const path of ["/", "/calls", "/analytics"]) {
      const response = await request.get(`${baseURL}${path}`, {
        headers: { host: url.host, cookie },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(response.headers()["x-cache"]).toBeUndefined();
    }
    await globexPage.context().close();
  });

  test("a hard reload renders afresh", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
    await openCached(page, `${origin}/calls`);
    // What the browser sends on Ctrl+Shift+R: Cache-Control and Pragma no-cache.
    const hard = await page.evaluate(async () => (await fetch("/calls", { cache: "reload" })).headers.get("x-cache"));
    expect(hard).toBe("bypass");
  });
});
