import { expect, test, type Page } from "@playwright/test";
import { fetchFromPage, portalUrl, signInToConsole, signInToPortal } from "./support/session";

// An 8×8 opaque PNG, so the logo has a real size to render.
const LOGO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPgL8vDihiGlgQApWE8wfekj3cAAAAASUVORK5CYII=",
  "base64",
);

async function saveBranding(page: Page) {
  await page.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByText("Branding saved.")).toBeVisible();
}

test.describe("agency branding", () => {
  test("an admin changes the colour and logo in the console; the portal sign-in page shows both", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto("/agency/settings/branding");
    await page.getByLabel("Primary colour", { exact: true }).fill("#b91c1c");
    await expect(page.getByTestId("computed-text-colour")).toHaveText("Aa #ffffff");
    await expect(page.getByTestId("preview-button")).toHaveCSS("background-color", "rgb(185, 28, 28)");
    await page
      .getByLabel("Logo", { exact: true })
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: LOGO });
    await saveBranding(page);

    const visitor = await browser.newContext();
    const portal = await visitor.newPage();
    await portal.goto(`${portalUrl(baseURL, "acme")}/login`);
    await expect(portal.getByRole("button", { name: "Sign in" })).toHaveCSS("background-color", "rgb(185, 28, 28)");
    await expect(portal.getByRole("button", { name: "Sign in" })).toHaveCSS("color", "rgb(255, 255, 255)");
    const logo = portal.locator('img[src*="/brand-assets/"]').first();
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
    const asset = await fetchFromPage(portal, (await logo.getAttribute("src"))!);
    expect(asset.headers["content-type"]).toBe("image/png");
    await visitor.close();

    // Put Acme back as the other specs expect it.
    await page.reload();
    await page.getByLabel("Primary colour", { exact: true }).fill("#2563eb");
    await page.getByLabel("Remove the current logo").check();
    await saveBranding(page);
  });

  test("bad input is refused in the form", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto("/agency/settings/branding");
    await page.getByLabel("Primary colour", { exact: true }).fill("blue");
    await page
      .getByLabel("Logo", { exact: true })
      .setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg/>") });
    await expect(page.getByTestId("logo-error")).toContainText("Logo must be one of");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(page.getByTestId("primaryColor-error")).toContainText("hex colour");
    await page.getByLabel("Portal address").fill("admin");
    await page.getByLabel("Primary colour", { exact: true }).fill("#2563eb");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(page.getByTestId("slug-error")).toContainText("reserved");
  });

  test("an admin adds a custom domain, sees its DNS record, and removes it; a manager cannot open the page", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto("/agency/settings/domains");
    await page.getByLabel("Domain").fill("https://Portal.Acme-E2E.example/");
    await page.getByRole("button", { name: "Add domain" }).click();
    const card = page.getByTestId("domain-card").filter({ hasText: "portal.acme-e2e.example" });
    await expect(card).toBeVisible();
    await expect(card.getByTestId("cname-target")).toHaveText("localhost");
    // The end-to-end server runs in production mode: verification waits for DNS.
    await expect(card).toContainText("Waiting for DNS");
    await page.getByRole("button", { name: "Remove portal.acme-e2e.example" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
    await expect(card).toHaveCount(0);

    const manager = await browser.newContext();
    const managerPage = await manager.newPage();
    await signInToConsole(managerPage, baseURL, "manager@acme.test");
    expect((await managerPage.goto("/agency/settings/branding"))?.status()).toBe(404);
    expect((await managerPage.goto("/agency/settings/domains"))?.status()).toBe(404);
    await manager.close();
  });
});

test.describe("brand leak", () => {
  test("every portal page Summit Legal's admin can reach, the 404 and the sign-in page name the agency and never the platform", async ({
    page,
    browser,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    const nav = page.getByRole("navigation", { name: "Main" }).first().getByRole("link");
    const paths = new Set(["/"]);
    for (const href of await nav.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")))
      paths.add(href);
    await page.goto(`${origin}/agents`);
    paths.add((await page.getByTestId("agent-row").first().getByRole("link").getAttribute("href"))!);
    await page.goto(`${origin}/billing`);
    paths.add(
      (await page
        .getByTestId("invoice-row")
        .first()
        .getByRole("link", { name: /^ACME-/ })
        .getAttribute("href"))!,
    );
    expect(paths.size).toBeGreaterThanOrEqual(6);

    // Sections built on other branches (calls, analytics…) may not exist in every checkout: what
    // this test guards is the brand of whatever answers, so nav pages need only not fail.
    const own = ["/", "/agents", "/billing", "/integrations"];
    const check = async (p: Page, url: string, status: number | "any") => {
      const response = await p.goto(url);
      if (status === "any") expect(response?.status(), url).toBeLessThan(500);
      else expect(response?.status(), url).toBe(status);
      for (const html of [await response!.text(), await p.content()]) {
        expect(html, url).toContain("Acme Voice");
        expect(html, url).not.toContain("Switchboard");
      }
    };
    for (const path of paths)
      await check(
        page,
        `${origin}${path}`,
        own.includes(path) || /^\/(agents|billing\/invoices)\//.test(path) ? 200 : "any",
      );
    await check(page, `${origin}/this-page-does-not-exist`, 404);

    const visitor = await browser.newContext();
    await check(await visitor.newPage(), `${origin}/login`, 200);
    await visitor.close();
  });
});
