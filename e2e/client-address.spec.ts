import { expect, test } from "@playwright/test";
import { fetchFromPage, portalUrl, signIn, signInToConsole } from "./support/session";

// The client address is the TCP peer (no TRUSTED_PROXIES in the end-to-end servers): whatever a
// client writes into X-Forwarded-For changes neither its throttle key nor its audit rows.
test.describe("the client address is the peer's, not a header's", () => {
  test("rotating X-Forwarded-For does not escape the per-account login throttle", async ({ page, baseURL }, info) => {
    const email = `xff-rotation-${info.project.name}@nowhere.test`;
    await signIn(page, portalUrl(baseURL, "acme"), email, "wrong-password-0");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    // Straight from the form, without reloading: the end-to-end cool-down is only 3 seconds, which a
    // loaded machine can outlast between two attempts, so a few more attempts are allowed — each
    // with yet another forged address, none of which may escape the peer's own counter.
    const error = page.getByTestId("login-error");
    for (let i = 1; i <= 8; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `203.0.113.${i}` });
      await page.getByLabel("Password").fill(`wrong-password-${i}`);
      const answered = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Sign in" }).click();
      await answered;
      if (i >= 5 && /Too many attempts/.test((await error.textContent()) ?? "")) break;
    }
    // Five failures from one peer: a later attempt is refused, whatever address each one named.
    await expect(error).toContainText("Too many attempts");
  });

  test("the audit log records the peer address of a failed login, not the forged one", async ({
    browser,
    page,
    baseURL,
  }, info) => {
    const email = `xff-audit-${info.project.name}-${Date.now()}@nowhere.test`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.66, 10.0.0.1", "x-real-ip": "198.51.100.66" });
    await signIn(page, portalUrl(baseURL, "acme"), email, "not-the-password");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");

    const owner = await (await browser.newContext()).newPage();
    await signInToConsole(owner, baseURL, "owner@acme.test");
    const { json } = await fetchFromPage(owner, "/api/v1/audit-events?action=login_failed&limit=50");
    const event = json.items.find((e: { details: { email?: string } }) => e.details.email === email);
    expect(event, "login_failed event of the probe").toBeTruthy();
    // Chromium reaches localhost over IPv4 or IPv6 loopback; either is the real peer.
    expect(event.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});

// Malformed percent-escapes in a path segment used to make Next's decoder answer a bare 500.
test.describe("malformed percent-escapes in paths are a 404 of the host", () => {
  test("portal page: the agency's branded not-found page", async ({ page, baseURL }) => {
    const portal = portalUrl(baseURL, "acme");
    await signIn(page, portal, "admin@brightdental.test");
    await expect(page.getByTestId("user-menu")).toBeVisible();
    for (const path of ["/calls/%ZZ", "/calls/%", "/calls/%E0%A4"]) {
      const response = await page.goto(`${portal}${path}`);
      expect(response?.status(), path).toBe(404);
      // The same branded page as any unknown call; nothing of the platform.
      await expect(page.getByText("This page does not exist in the Acme Voice portal")).toBeVisible();
      expect(await page.content()).not.toContain("Switchboard");
    }
  });

  test("console page and API: the console's not-found page and the §9 JSON 404", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    const response = await page.goto(`${baseURL}/agency/clients/%ZZ`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    for (const path of ["/api/v1/clients/%ZZ", "/api/v1/clients/%ZZ/permissions", "/api/v1/clients/%"]) {
      const api = await page.request.get(`${baseURL}${path}`);
      expect(api.status(), path).toBe(404);
      expect(await api.json(), path).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });
});
