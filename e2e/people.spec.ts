import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, fetchFromPage, portalUrl, signIn, signInToConsole, signInToPortal } from "./support/session";
import { linkIn, waitForMail } from "./support/mail";

const NEW_PASSWORD = "lantern-orchard-41-breeze";

// The clients list is another tab's work; Bright Dental's id is the manager's one assignment (SPEC §10).
async function brightDentalId(page: Page, baseURL: string | undefined): Promise<string> {
  const staff = await (await page.request.get(`${baseURL}/api/v1/staff`)).json();
  return staff.items.find((s: { email: string }) => s.email === "manager@acme.test").clientIds[0];
}

async function confirmDialog(page: Page, name: string) {
  await page.getByRole("alertdialog").getByRole("button", { name }).click();
}

test.describe("the life of a client user", () => {
  test("invite → branded email on the portal host → accept → portal as analyst → suspended → sent to sign-in", async ({
    browser,
    page,
    baseURL,
  }, info) => {
    test.setTimeout(180_000);
    const email = `new.analyst.${info.project.name}.${Date.now()}@example.test`;
    await signInToConsole(page, baseURL, "admin@acme.test");
    const clientId = await brightDentalId(page, baseURL);
    await page.goto(`${baseURL}/agency/clients/${clientId}/users`);
    await expect(page.getByRole("heading", { name: "Bright Dental — users" })).toBeVisible();

    const sent = new Date();
    await page.getByRole("button", { name: "Invite user" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Analyst" }).click();
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent.")).toBeVisible();
    const invitationRow = page.getByTestId("invitation-row").filter({ hasText: email });
    await expect(invitationRow.getByTestId("invitation-status")).toHaveText("pending");

    // The email arrived over SMTP, in the agency's name, with a link on the agency's portal host.
    const mail = await waitForMail(email, sent);
    expect(mail.from).toContain("Acme Voice");
    expect(mail.subject).toContain("Acme Voice");
    expect(mail.subject).toContain("Bright Dental");
    expect(`${mail.subject}${mail.from}${mail.text}${mail.html}`).not.toMatch(/switchboard/i);
    const link = linkIn(mail, "/accept-invite");
    expect(link.startsWith(`${portalUrl(baseURL, "acme")}/accept-invite?token=`)).toBe(true);
    expect(mail.html).toContain(link);

    // The invited person accepts in a browser of their own and lands in the portal.
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link);
    await expect(invitee.getByText("Join Acme Voice")).toBeVisible();
    await expect(invitee.getByLabel("Email")).toHaveValue(email);
    expect(await invitee.content()).not.toContain("Switchboard");
    await invitee.getByLabel("Your name").fill("Nadia Analyst");
    await invitee.getByLabel("Password", { exact: true }).fill("password1234");
    await invitee.getByLabel("Confirm password").fill("password1234");
    await invitee.getByRole("button", { name: "Create account" }).click();
    await expect(invitee.getByTestId("form-error")).toContainText("too common");
    await invitee.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await invitee.getByLabel("Confirm password").fill(NEW_PASSWORD);
    await invitee.getByRole("button", { name: "Create account" }).click();
    await expect(invitee).toHaveURL(`${portalUrl(baseURL, "acme")}/`);
    await expect(invitee.getByTestId("user-menu")).toHaveText("Nadia Analyst");

    // What an analyst of a view_only client may see: calls and analytics, no billing.
    const nav = invitee.getByRole("navigation", { name: "Main" }).first();
    await expect(nav.getByRole("link", { name: "Calls" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Analytics" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Team" })).toHaveCount(0);
    const me = await fetchFromPage(invitee, "/api/v1/me");
    expect(me.json).toMatchObject({ kind: "client", role: "analyst", client: { name: "Bright Dental" } });
    expect((await invitee.goto(`${portalUrl(baseURL, "acme")}/billing`))?.status()).toBe(404);
    await invitee.goto(`${portalUrl(baseURL, "acme")}/`);

    // The link is spent.
    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await expect(again.getByTestId("invitation-state")).toHaveAttribute("data-state", "accepted");

    // The console now lists the user, and the invitation as accepted.
    await page.reload();
    await expect(page.getByTestId("user-row").filter({ hasText: email })).toContainText("Analyst");
    await expect(invitationRow.getByTestId("invitation-status")).toHaveText("accepted");

    // Suspend the portal: the user's next navigation lands on sign-in with the agency's message.
    await page.getByRole("button", { name: "Suspend portal" }).click();
    await confirmDialog(page, "Suspend portal");
    await expect(page.getByText("Portal suspended.")).toBeVisible();
    try {
      await nav.getByRole("link", { name: "Overview" }).click();
      await expect(invitee).toHaveURL(/\/login/);
      await expect(invitee.getByTestId("login-error")).toContainText("Contact Acme Voice");
      await signIn(invitee, portalUrl(baseURL, "acme"), email, NEW_PASSWORD);
      await expect(invitee.getByTestId("login-error")).toContainText("Access to this portal is paused");
    } finally {
      await page.getByRole("button", { name: "Restore portal" }).click();
      await confirmDialog(page, "Restore portal");
      await expect(page.getByText("Portal restored.")).toBeVisible();
    }
    // Restored: suspension ended the user's sessions, so the old one stays dead; signing in works.
    await invitee.goto(`${portalUrl(baseURL, "acme")}/`);
    await expect(invitee).toHaveURL(/\/login/);
    await signIn(invitee, portalUrl(baseURL, "acme"), email, NEW_PASSWORD);
    await expect(invitee.getByTestId("user-menu")).toBeVisible();

    // Removing the user ends the session on its next request.
    await page.getByTestId("user-row").filter({ hasText: email }).getByRole("button", { name: "Remove" }).click();
    await confirmDialog(page, "Remove user");
    await expect(page.getByText("User removed.")).toBeVisible();
    await invitee.reload();
    await expect(invitee).toHaveURL(/\/login/);
  });

  test("a client admin runs its own team from the portal", async ({ page, baseURL }, info) => {
    const email = `portal.invite.${info.project.name}.${Date.now()}@example.test`;
    await signInToPortal(page, baseURL, "admin@brightdental.test");
    await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Team" }).click();
    await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
    await expect(page.getByTestId("user-row").filter({ hasText: "supervisor@brightdental.test" })).toBeVisible();
    // The admin's own row offers no buttons: it cannot demote or remove itself.
    await expect(
      page.getByTestId("user-row").filter({ hasText: "admin@brightdental.test" }).getByRole("button"),
    ).toHaveCount(0);
    const sent = new Date();
    await page.getByRole("button", { name: "Invite user" }).click();
    await page.getByRole("dialog").getByLabel("Email").fill(email);
    await page.getByRole("dialog").getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent.")).toBeVisible();
    const mail = await waitForMail(email, sent);
    expect(linkIn(mail, "/accept-invite").startsWith(portalUrl(baseURL, "acme"))).toBe(true);
    const row = page.getByTestId("invitation-row").filter({ hasText: email });
    await row.getByRole("button", { name: "Revoke" }).click();
    await confirmDialog(page, "Revoke invitation");
    await expect(row.getByTestId("invitation-status")).toHaveText("revoked");
    expect(await page.content()).not.toContain("Switchboard");
  });
});

test.describe("accounts", () => {
  test("password reset by emailed link on the portal, once", async ({ page, baseURL }) => {
    const portal = portalUrl(baseURL, "acme");
    await page.goto(`${portal}/login`);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByLabel("Email").fill("admin@novarealty.test");
    const asked = new Date();
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByTestId("form-notice")).toContainText("If an account uses this address");
    const mail = await waitForMail("admin@novarealty.test", asked);
    expect(mail.subject).toBe("Acme Voice: reset your password");
    const link = linkIn(mail, "/reset-password");
    expect(link.startsWith(`${portal}/reset-password?token=`)).toBe(true);
    await page.goto(link);
    await page.getByLabel("New password").fill("nova-reset-harbor-88");
    await page.getByLabel("Confirm password").fill("nova-reset-harbor-88");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByTestId("form-notice")).toContainText("Your password is changed");
    await page.goto(link);
    await expect(page.getByTestId("reset-state")).toHaveAttribute("data-state", "used");
    await signIn(page, portal, "admin@novarealty.test", "nova-reset-harbor-88");
    await expect(page.getByTestId("user-menu")).toBeVisible();
    // Put the demo password back for the other specs, through the same flow.
    await page.goto(`${portal}/forgot-password`);
    await page.getByLabel("Email").fill("admin@novarealty.test");
    const askedAgain = new Date();
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByTestId("form-notice")).toBeVisible();
    await page.goto(linkIn(await waitForMail("admin@novarealty.test", askedAgain), "/reset-password"));
    await page.getByLabel("New password").fill(DEMO_PASSWORD);
    await page.getByLabel("Confirm password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByTestId("form-notice")).toContainText("Your password is changed");
  });

  test("many wrong passwords are slowed; the right one works after the cool-down", async ({ page, baseURL }) => {
    for (let i = 0; i < 5; i++) {
      await signIn(page, baseURL ?? "", "member@acme.test", `wrong-password-${i}`);
      await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    }
    await signIn(page, baseURL ?? "", "member@acme.test");
    await expect(page.getByTestId("login-error")).toContainText("Too many attempts");
    await page.waitForTimeout(3_500);
    await signInToConsole(page, baseURL, "member@acme.test");
  });

  test("an agency signs up on the app host and lands in its console as owner", async ({ page, baseURL }, info) => {
    const slug = `nimbus-${info.project.name}-${Date.now() % 100000}`;
    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("Agency name").fill("Nimbus Calls");
    await page.getByLabel("Portal address").fill(slug);
    await page.getByLabel("Your name").fill("Fay Founder");
    await page.getByLabel("Work email").fill(`founder@${slug}.test`);
    await page.getByLabel("Password", { exact: true }).fill("nimbus-founding-day-1");
    await page.getByLabel("Confirm password").fill("nimbus-founding-day-1");
    await page.getByRole("button", { name: "Create agency" }).click();
    await expect(page).toHaveURL(/\/agency/);
    await expect(page.getByRole("heading", { name: "Nimbus Calls" })).toBeVisible();
    const me = await (await page.request.get(`${baseURL}/api/v1/me`)).json();
    expect(me).toMatchObject({ kind: "agency", role: "owner", agency: { slug } });
    await page.goto(`${baseURL}/agency/team`);
    await expect(page.getByTestId("staff-row")).toHaveCount(1);
  });

  test("an owner invites a manager from the Team page; the staff link opens the console", async ({
    browser,
    page,
    baseURL,
  }, info) => {
    const email = `new.manager.${info.project.name}.${Date.now()}@example.test`;
    await signInToConsole(page, baseURL, "owner@acme.test");
    await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Team" }).click();
    // Only an owner hands ownership over, and never to itself.
    await expect(
      page.getByTestId("staff-row").filter({ hasText: "admin@acme.test" }).getByRole("button", { name: "Make owner" }),
    ).toBeVisible();
    await expect(page.getByTestId("staff-row").filter({ hasText: "owner@acme.test" }).getByRole("button")).toHaveCount(
      0,
    );
    const sent = new Date();
    await page.getByRole("button", { name: "Invite staff" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Manager" }).click();
    await dialog.getByLabel("Bright Dental").check();
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent.")).toBeVisible();
    const link = linkIn(await waitForMail(email, sent), "/accept-invite");
    expect(link.startsWith(`${baseURL}/accept-invite?token=`)).toBe(true);
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link);
    await invitee.getByLabel("Your name").fill("Mo Manager");
    await invitee.getByLabel("Password", { exact: true }).fill("manager-keys-orbit-5");
    await invitee.getByLabel("Confirm password").fill("manager-keys-orbit-5");
    await invitee.getByRole("button", { name: "Create account" }).click();
    await expect(invitee).toHaveURL(/\/agency/);
    const me = await (await invitee.request.get(`${baseURL}/api/v1/me`)).json();
    expect(me).toMatchObject({ kind: "agency", role: "manager" });
    await page.reload();
    await expect(page.getByTestId("staff-row").filter({ hasText: email })).toContainText("Bright Dental");
  });

  test("an admin's Team page offers only what the hierarchy allows it (SPEC §4)", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto(`${baseURL}/agency/team`);
    const row = (email: string) => page.getByTestId("staff-row").filter({ hasText: email });
    await expect(row("owner@acme.test").getByRole("button")).toHaveCount(0);
    await expect(row("admin@acme.test")).toContainText("(you)");
    await expect(row("admin@acme.test").getByRole("button")).toHaveCount(0);
    await expect(row("member@acme.test").getByRole("button", { name: "Edit" })).toBeVisible();
    await expect(row("member@acme.test").getByRole("button", { name: "Remove" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Make owner" })).toHaveCount(0);
    await page.getByRole("button", { name: "Invite staff" }).click();
    await page.getByRole("dialog").getByRole("combobox", { name: "Role" }).click();
    await expect(page.getByRole("option")).toHaveText(["Manager", "Member"]);
  });
});
