import { expect, test, type Browser, type Page } from "@playwright/test";
import { startOutboxServer } from "./support/outbox-server";
import { fetchFromPage, portalUrl, signIn } from "./support/session";

// Issue 18 item 2, performed as the attack: without SMTP_URL, an admin asked for a reset of the
// owner's password, opened the development outbox, followed the link and was the owner. Now the
// outbox shows such a link only to the person it belongs to (or, for an invitation, to whoever
// could have granted that role).
test.describe.configure({ mode: "serial" });

let server: { origin: string; stop: () => void };
test.beforeAll(async ({}, info) => {
  info.setTimeout(300_000);
  server = await startOutboxServer(info.project.name);
});
test.afterAll(() => server?.stop());

async function signedIn(browser: Browser, email: string, origin = server.origin): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, origin, email);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

async function askForReset(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/forgot-password`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByTestId("form-notice")).toContainText("If an account uses this address");
}

/** Opens the newest outbox email to `to` whose subject contains `subject`; returns everything the page holds. */
async function openOutboxMail(page: Page, to: string, subject: string) {
  await page.goto(`${server.origin}/agency/outbox`);
  const row = page
    .getByTestId("outbox-table")
    .getByRole("row")
    .filter({ hasText: to })
    .filter({ hasText: subject })
    .first();
  await expect(row).toBeVisible({ timeout: 20_000 });
  const list = await page.content();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  const srcdoc = (await page.locator("iframe[title=Email]").getAttribute("srcdoc")) ?? "";
  const content = `${list}\n${await page.content()}\n${srcdoc}`;
  // Every token= in the page (text view, html view, list), as a browser would follow it.
  const links = [...new Set([...content.matchAll(/https?:\/\/[^\s"'<>]+\?token=[^\s"'<>&]*/g)].map((m) => m[0]))];
  return { content, links };
}

test("an admin who asks for the owner's reset finds no working link in the outbox; the owner does", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  await askForReset(admin, server.origin, "owner@acme.test");
  await signIn(admin, server.origin, "admin@acme.test");
  await expect(admin).toHaveURL(`${server.origin}/agency`);
  const asAdmin = await openOutboxMail(admin, "owner@acme.test", "reset your password");
  await expect(admin.getByTestId("outbox-link-hidden")).toContainText("Only the recipient can open this link");
  expect(asAdmin.links.length).toBeGreaterThan(0);
  for (const link of asAdmin.links) {
    expect(link).toMatch(/\/reset-password\?token=hidden$/);
    await admin.goto(link);
    await expect(admin.getByTestId("reset-state")).toHaveAttribute("data-state", "invalid");
  }

  // The owner, signed in, reads the same email with a link that works.
  const owner = await signedIn(browser, "owner@acme.test");
  const asOwner = await openOutboxMail(owner, "owner@acme.test", "reset your password");
  await expect(owner.getByTestId("outbox-link-hidden")).toHaveCount(0);
  const [link] = asOwner.links;
  const token = new URL(link).searchParams.get("token") ?? "";
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(asAdmin.content).not.toContain(token);
  await owner.goto(link);
  await expect(owner.getByText("For owner@acme.test.")).toBeVisible();
  await expect(owner.getByLabel("New password")).toBeVisible();
});

test("a client user's reset link is shown to no one in the console, not even the owner", async ({ browser }) => {
  test.setTimeout(120_000);
  const anyone = await (await browser.newContext()).newPage();
  await askForReset(anyone, portalUrl(server.origin, "acme"), "admin@brightdental.test");
  const owner = await signedIn(browser, "owner@acme.test");
  const asOwner = await openOutboxMail(owner, "admin@brightdental.test", "reset your password");
  await expect(owner.getByTestId("outbox-link-hidden")).toContainText("Only the recipient can open this link");
  expect(asOwner.links.length).toBeGreaterThan(0);
  for (const link of asOwner.links) expect(link).toMatch(/\/reset-password\?token=hidden$/);
});

test("an invitation for a role above the admin's is hidden from the admin; one the admin could send is not", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const owner = await signedIn(browser, "owner@acme.test");
  const invited = await fetchFromPage(owner, "/api/v1/staff/invitations", {
    method: "POST",
    body: { email: "second.admin@example.test", role: "admin" },
  });
  expect(invited.status).toBe(201);
  const admin = await signedIn(browser, "admin@acme.test");
  const member = await fetchFromPage(admin, "/api/v1/staff/invitations", {
    method: "POST",
    body: { email: "new.member@example.test", role: "member" },
  });
  expect(member.status).toBe(201);

  const aboveAdmin = await openOutboxMail(admin, "second.admin@example.test", "invited to join the team");
  await expect(admin.getByTestId("outbox-link-hidden")).toContainText("Only someone who may grant this role");
  for (const link of aboveAdmin.links) {
    expect(link).toMatch(/\/accept-invite\?token=hidden$/);
    await admin.goto(link);
    await expect(admin.getByTestId("invitation-state")).toHaveAttribute("data-state", "invalid");
  }
  const asOwner = await openOutboxMail(owner, "second.admin@example.test", "invited to join the team");
  const ownerToken = new URL(asOwner.links[0]).searchParams.get("token") ?? "";
  expect(ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(aboveAdmin.content).not.toContain(ownerToken);

  // A member invitation is one the admin may send: its link is there and opens the invitation.
  const own = await openOutboxMail(admin, "new.member@example.test", "invited to join the team");
  await expect(admin.getByTestId("outbox-link-hidden")).toHaveCount(0);
  await admin.goto(own.links[0]);
  await expect(admin.getByLabel("Email")).toHaveValue("new.member@example.test");
});
