import { expect, test, type Page } from "@playwright/test";
import { confirmPassword, totpCodeAt as codeAt } from "./support/mfa";
import { fetchFromPage, portalUrl, signIn, signInToConsole } from "./support/session";

// Two-step sign-in as people do it (SPEC §11): a staff member sets up an authenticator app (code
// computed from the secret the page shows) and a passkey (Chromium's virtual authenticator), then
// signs in with each and with a recovery code; a client's users are made to enrol by policy on the
// portal host; staff reset a person's factors. Everything is put back at the end, since other
// specs sign these demo users in with a password alone.

async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

test("MFA: authenticator app and passkey for staff, enrolment forced by a client policy, resets", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signInToConsole(page, baseURL, "owner@acme.test");
  const owner = page;
  const staff = await browser.newPage();
  const client = await browser.newPage();
  const clientsList = await fetchFromPage(owner, "/api/v1/clients?limit=100");
  const bright = clientsList.json.items.find((c: { name: string }) => c.name === "Bright Dental");
  const team = await fetchFromPage(owner, "/api/v1/staff");
  const manager = team.json.items.find((p: { email: string }) => p.email === "manager@acme.test");
  try {
    // 1. The manager sets up an authenticator app from the account page.
    await signInToConsole(staff, baseURL, "manager@acme.test");
    await staff.getByTestId("user-menu").click();
    await staff.getByRole("menuitem", { name: "Your account" }).click();
    await expect(staff.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(staff.getByTestId("mfa-status")).toHaveText("Off");
    await staff.getByRole("button", { name: "Set up" }).click();
    await confirmPassword(staff, "Continue");
    const secret = (await staff.getByTestId("totp-secret").textContent())!.trim();
    await expect(staff.getByRole("img", { name: /QR code/ })).toBeVisible();
    await staff.getByLabel("Code").fill("000000");
    await staff.getByRole("button", { name: "Turn on" }).click();
    await expect(staff.getByTestId("form-error")).toContainText("not right");
    await staff.getByLabel("Code").fill(await codeAt(secret));
    await staff.getByRole("button", { name: "Turn on" }).click();
    await expect(staff.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    const codes = (await staff.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
    await staff.getByRole("button", { name: "Done" }).click();
    await expect(staff.getByTestId("mfa-status")).toHaveText("On");

    // 2. …and a passkey.
    await addVirtualAuthenticator(staff);
    await staff.getByRole("button", { name: "Add a passkey" }).click();
    await staff.getByRole("dialog").getByLabel("Name").fill("E2E laptop");
    await confirmPassword(staff, "Continue");
    await expect(staff.getByTestId("passkey-list")).toContainText("E2E laptop");

    // 3. Signing in now asks for the second step: the passkey, then a recovery code, then the app.
    await staff.context().clearCookies();
    await signIn(staff, baseURL!, "manager@acme.test");
    await expect(staff).toHaveURL(/\/login\/verify/);
    await expect(staff.getByRole("heading", { name: "Verify it's you" })).toBeVisible();
    await staff.getByRole("button", { name: "Use a passkey" }).click();
    await expect(staff).toHaveURL(/\/agency/);
    await expect(staff.getByTestId("user-menu")).toBeVisible();

    await staff.context().clearCookies();
    await signIn(staff, baseURL!, "manager@acme.test");
    await staff.getByLabel("Code").fill(codes[0]);
    await staff.getByRole("button", { name: "Verify" }).click();
    await expect(staff.getByTestId("user-menu")).toBeVisible();

    await staff.context().clearCookies();
    await signIn(staff, baseURL!, "manager@acme.test");
    // A used recovery code is refused with a plain message; the app's next code is accepted
    // (the enrolment's own code can never be used again).
    await staff.getByLabel("Code").fill(codes[0]);
    await staff.getByRole("button", { name: "Verify" }).click();
    await expect(staff.getByTestId("form-error")).toHaveText("That code is not right. Try again.");
    await staff.getByLabel("Code").fill(await codeAt(secret, 30));
    await staff.getByRole("button", { name: "Verify" }).click();
    await expect(staff.getByTestId("user-menu")).toBeVisible();
    await staff.goto("/agency/account");
    await expect(staff.getByTestId("recovery-codes-left")).toHaveText("9 of 10 left.");

    // 4. Bright Dental requires MFA: its analyst enrols on the portal host at the next sign-in.
    await owner.goto(`/agency/clients/${bright.id}/security`);
    await owner.getByLabel("Require two-step sign-in for this client's users").click();
    await expect(owner.getByText(/Two-step sign-in is required|Required\./)).toBeVisible();
    const portal = portalUrl(baseURL, "acme");
    await signIn(client, portal, "analyst@brightdental.test");
    await expect(client.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
    expect(new URL(client.url()).origin).toBe(portal);
    await expect(client.getByRole("img", { name: /QR code/ })).toBeVisible();
    const clientSecret = (await client.getByTestId("totp-secret").textContent())!.trim();
    await client.getByLabel("Code").fill(await codeAt(clientSecret));
    await client.getByRole("button", { name: "Verify" }).click();
    await expect(client.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await client.getByRole("button", { name: /I have saved my codes/ }).click();
    await expect(client.getByTestId("user-menu")).toBeVisible();

    // 5. Staff reset the analyst's factors from the client's Users tab, and the manager's from Team.
    await owner.goto(`/agency/clients/${bright.id}/users`);
    const analystRow = owner.getByTestId("user-row").filter({ hasText: "analyst@brightdental.test" });
    await analystRow.getByRole("button", { name: "Reset 2-step" }).click();
    await owner.getByRole("alertdialog").getByRole("button", { name: "Reset two-step sign-in" }).click();
    await expect(owner.getByText("Two-step sign-in reset.")).toBeVisible();
    await expect(analystRow.getByRole("button", { name: "Reset 2-step" })).toHaveCount(0);
    await owner.goto("/agency/team");
    const managerRow = owner.getByTestId("staff-row").filter({ hasText: "manager@acme.test" });
    await managerRow.getByRole("button", { name: "Reset 2-step" }).click();
    await owner.getByRole("alertdialog").getByRole("button", { name: "Reset two-step sign-in" }).click();
    await expect(managerRow.getByRole("button", { name: "Reset 2-step" })).toHaveCount(0);
  } finally {
    // Other specs sign these people in with a password alone.
    await fetchFromPage(owner, `/api/v1/clients/${bright.id}/security-policy`, {
      method: "PUT",
      body: { requireMfa: false },
    });
    const users = await fetchFromPage(owner, `/api/v1/clients/${bright.id}/users?limit=100`);
    const analyst = users.json.items.find((u: { email: string }) => u.email === "analyst@brightdental.test");
    await fetchFromPage(owner, `/api/v1/clients/${bright.id}/users/${analyst.id}/mfa`, { method: "DELETE" });
    await fetchFromPage(owner, `/api/v1/staff/${manager.id}/mfa`, { method: "DELETE" });
    await staff.close();
    await client.close();
  }
});
