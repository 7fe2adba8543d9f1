import { expect, test } from "@playwright/test";
import { portalUrl } from "./support/session";

test.describe("robots.txt and icons", () => {
  test("a portal tells crawlers to stay out, signed out or not; the console allows only its front door", async ({
    page,
    request,
    baseURL,
  }) => {
    const portal = await page.goto(`${portalUrl(baseURL, "acme")}/robots.txt`);
    expect(portal?.status()).toBe(200);
    expect(page.url()).toMatch(/\/robots\.txt$/); // answered, not sent to sign-in
    expect(await portal?.text()).toMatch(/^User-agent: \*\nDisallow: \/\n$/);

    const console = await request.get("/robots.txt");
    expect(console.status()).toBe(200);
    const rules = await console.text();
    expect(rules).toContain("Allow: /login\n");
    expect(rules).toContain("Allow: /signup\n");
    expect(rules).toContain("Disallow: /\n");
  });

  test("the console has its favicon; a demo agency's portal shows its generated logo and favicon", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/login");
    const consoleIcon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(consoleIcon).toMatch(/^\/favicon\.svg/);
    const icon = await page.request.get(consoleIcon!);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");

    // Globex: branding.spec.ts changes Acme's logo, and the suite shares one server.
    await page.goto(`${portalUrl(baseURL, "globex")}/login`);
    const logo = page.locator('main img[src*="/brand-assets/"]').first();
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const favicon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(favicon).toMatch(/^\/brand-assets\/[0-9a-f-]+\/favicon\?v=favicon-[0-9a-f]{16}\.svg$/);
    // The initials of "Globex Voice" on its brand colour, in the text colour that reads on it.
    const svg = await page.evaluate(async (src) => (await fetch(src)).text(), favicon!);
    expect(svg).toContain(">GV</text>");
    expect(svg).toContain('fill="#059669"');
    expect(svg).toContain('fill="#000000"');
  });
});
