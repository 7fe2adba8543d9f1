import { expect, test } from "@playwright/test";
import { fetchFromPage, portalUrl, signIn, signInToConsole, signInToPortal } from "./support/session";

test.describe("signing in on the right host", () => {
  test("agency staff sign in on the console and out again", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "owner@acme.test");
    await expect(page.getByRole("heading", { name: "Acme Voice" })).toBeVisible();
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`${baseURL}/agency`);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a client user signs in on its agency's branded portal", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
    await expect(page).toHaveURL(`${origin}/`);
    await expect(page.getByTestId("agency-name").first()).toHaveText("Acme Voice");
    await expect(page).toHaveTitle(/Acme Voice/);
    expect(await page.content()).not.toContain("Switchboard");
  });

  test("an Acme client user on Globex's portal gets the same neutral message as a wrong password", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, portalUrl(baseURL, "globex"), "admin@brightdental.test");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await signIn(page, portalUrl(baseURL, "acme"), "admin@brightdental.test", "not-the-password");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  });

  test("a client user cannot sign in on the console, nor staff on a portal", async ({ page, baseURL }) => {
    await signIn(page, baseURL ?? "", "admin@brightdental.test");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await signIn(page, portalUrl(baseURL, "acme"), "owner@acme.test");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  });

  test("an unknown portal host is a plain 404 without the platform's name", async ({ page, baseURL }) => {
    const response = await page.goto(`${portalUrl(baseURL, "nosuchagency")}/login`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain("Switchboard");
  });

  test("the API answers 401 in the documented shape when signed out", async ({ request, baseURL }) => {
    const response = await request.get(`${baseURL}/api/v1/me`);
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  });

  test("every demo login works on its own host", async ({ browser, baseURL }) => {
    // Twelve argon2 sign-ins in fresh browsers: more than a minute on busy shared cores.
    test.setTimeout(240_000);
    const staff = ["owner@acme.test", "admin@acme.test", "manager@acme.test", "member@acme.test", "owner@globex.test"];
    const clients: [string, string][] = [
      ["admin@brightdental.test", "acme"],
      ["supervisor@brightdental.test", "acme"],
      ["analyst@brightdental.test", "acme"],
      ["agent@brightdental.test", "acme"],
      ["admin@summitlegal.test", "acme"],
      ["admin@novarealty.test", "acme"],
      ["admin@globexdental.test", "globex"],
    ];
    for (const email of staff) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInToConsole(page, baseURL, email);
      const me = await page.request.get(`${baseURL}/api/v1/me`);
      expect((await me.json()).kind).toBe("agency");
      await context.close();
    }
    for (const [email, slug] of clients) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const origin = await signInToPortal(page, baseURL, email, slug);
      expect(page.url()).toContain(origin);
      const { json: body } = await fetchFromPage(page, "/api/v1/me");
      expect(body.kind).toBe("client");
      expect(body.user.email).toBe(email);
      await context.close();
    }
  });
});
