import { expect, test, type Page } from "@playwright/test";
import { startOidcProvider, type RunningOidcProvider } from "../lib/sso/testing/start-oidc-provider";
import { startSamlIdp, type RunningSamlIdp } from "../lib/sso/testing/start-saml-idp";
import { seriousAxeFindings } from "./support/page-sweep";
import { enrolAuthenticatorApp, removeAuthenticatorApp, totpCodeAt } from "./support/mfa";
import { portalUrl, signIn, signInToConsole } from "./support/session";

// Single sign-on end to end, against real identity providers started here on 127.0.0.1 (the app
// server reaches them too): an owner sets up OIDC for the staff in the console, tests it, makes it
// SSO-only; a staff member then signs in through the whole redirect flow; a Bright Dental user signs
// in on the portal host through SAML with a signed response; a refused one reads a plain message.

const SECRET = "e2e-oidc-client-secret";
let oidc: RunningOidcProvider | undefined;
let saml: RunningSamlIdp | undefined;
test.afterAll(async () => {
  await oidc?.close();
  await saml?.close();
});

/** The email-first login: type the email, take the single sign-on offer. */
async function continueWithSso(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("link", { name: "Continue with single sign-on" }).click();
}

test("SSO: OIDC for staff set up, tested and enforced in the console; SAML for a client's users on the portal host", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInToConsole(page, baseURL, "owner@acme.test");
  await page.goto("/agency/settings/security");
  const sso = page.getByRole("region", { name: "Single sign-on" });
  await expect(sso.getByTestId("break-glass-owners")).toContainText("owner@acme.test");

  // Created first with a placeholder issuer: the provider must know the connection's callback URL.
  await sso.getByRole("button", { name: "Add connection" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill("Acme IdP");
  await dialog.getByLabel("Email domains").fill("acme.test");
  await dialog.getByLabel("Issuer URL").fill("http://127.0.0.1:9");
  await dialog.getByLabel("Client ID").fill("portal-e2e");
  await dialog.getByLabel("Client secret").fill(SECRET);
  await dialog.getByRole("button", { name: "Add group" }).click();
  await dialog.getByLabel("Group 1", { exact: true }).fill("managers");
  await dialog.getByLabel("Role for group 1").selectOption("manager");
  await dialog.getByRole("button", { name: "Create connection" }).click();
  await expect(page.getByText("Connection created.")).toBeVisible();
  const row = sso.getByTestId("sso-connection").filter({ hasText: "Acme IdP" });
  const callbackUrl = (await row.getByTestId("sso-url-Redirect URI").textContent())!;
  expect(callbackUrl).toMatch(new RegExp(`^${new URL(baseURL!).origin}/api/sso/[0-9a-f-]{36}/callback$`));

  oidc = await startOidcProvider({
    clients: [{ client_id: "portal-e2e", client_secret: SECRET, redirect_uris: [callbackUrl] }],
    accounts: [{ sub: "e2e-member", email: "member@acme.test", name: "Member", groups: ["staff"] }],
  });
  await row.getByRole("button", { name: "Edit Acme IdP" }).click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Client secret")).toHaveAttribute("placeholder", /Set/);
  await expect(dialog.getByRole("switch", { name: /Single sign-on only/ })).toBeDisabled();
  await dialog.getByLabel("Issuer URL").fill(oidc.issuer);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Connection saved.")).toBeVisible();

  // "Test sign-in" runs the real flow in a new tab and shows the claims received.
  const popup = page.waitForEvent("popup");
  await row.getByRole("button", { name: "Test sign-in" }).click();
  const result = await popup;
  await expect(result.getByRole("heading", { name: "Test sign-in succeeded" })).toBeVisible();
  await expect(result.locator("#claims")).toContainText("member@acme.test");
  await expect(result.locator("#claims")).not.toContainText(SECRET);
  await result.close();

  await page.reload();
  expect(await seriousAxeFindings(page, "/agency/settings/security")).toEqual([]);
  // Keyboard: the edit dialog opens from its button and takes focus inside.
  await row.getByRole("button", { name: "Edit Acme IdP" }).focus();
  await page.keyboard.press("Enter");
  dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Name", { exact: true })).toBeFocused();
  await dialog.getByRole("switch", { name: /Single sign-on only/ }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Connection saved.")).toBeVisible();
  await expect(row.getByText("SSO-only")).toBeVisible();

  // A staff member: the password is refused now, single sign-on goes through the IdP and back.
  const visitor = await browser.newContext();
  const person = await visitor.newPage();
  await signIn(person, baseURL!, "member@acme.test");
  await expect(person.getByText("Your organisation signs in with single sign-on")).toBeVisible();
  await continueWithSso(person, baseURL!, "member@acme.test");
  await expect(person).toHaveURL(/\/agency/);
  await expect(person.getByTestId("user-menu")).toBeVisible();
  await visitor.clearCookies();
  // The owner's break-glass password needs a second factor: refused without one, then it works
  // with the authenticator app the owner sets up; Security shows that it was used.
  await signIn(person, baseURL!, "owner@acme.test");
  await expect(person.getByText("Your organisation signs in with single sign-on")).toBeVisible();
  const { secret } = await enrolAuthenticatorApp(page, "/agency/account");
  await signIn(person, baseURL!, "owner@acme.test");
  await person.getByLabel("Code").fill(await totpCodeAt(secret, 30));
  await person.getByRole("button", { name: "Verify" }).click();
  await expect(person).toHaveURL(/\/agency/);
  await page.goto("/agency/settings/security");
  await expect(sso.getByTestId("break-glass-uses")).toContainText("owner@acme.test");
  await removeAuthenticatorApp(page, "/agency/account");
  await page.goto("/agency/settings/security");
  await visitor.clearCookies();

  // Bright Dental's users: a SAML connection on the client's Security tab, URLs on the portal host.
  saml = await startSamlIdp({
    user: { nameId: "analyst@brightdental.test", email: "analyst@brightdental.test", name: "Analyst" },
  });
  const clients = (await (await page.request.get("/api/v1/clients?q=Bright%20Dental&limit=50")).json()) as {
    items: { id: string; name: string }[];
  };
  const bright = clients.items.find((c) => c.name === "Bright Dental")!;
  await page.goto(`/agency/clients/${bright.id}/security`);
  const clientSso = page.getByRole("region", { name: "Single sign-on" });
  await expect(clientSso.getByText("No single sign-on connection yet.")).toBeVisible();
  await clientSso.getByRole("button", { name: "Add connection" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByText("SAML 2.0").click();
  await dialog.getByLabel("Name", { exact: true }).fill("Bright IdP");
  await dialog.getByLabel("Email domains").fill("brightdental.test");
  await dialog.getByLabel("Identity provider metadata (XML)").fill(saml.metadataXml);
  await dialog.getByRole("button", { name: "Add group" }).click();
  await dialog.getByLabel("Group 1", { exact: true }).fill("front-desk");
  await dialog.getByRole("group", { name: "AI agents for group 1" }).getByLabel("Front Desk").check();
  expect(await seriousAxeFindings(page, "client security dialog")).toEqual([]);
  await dialog.getByRole("button", { name: "Create connection" }).click();
  await expect(page.getByText("Connection created.")).toBeVisible();
  const portal = portalUrl(baseURL, "acme");
  const samlRow = clientSso.getByTestId("sso-connection");
  await expect(samlRow.getByTestId("sso-url-ACS URL")).toHaveText(new RegExp(`^${portal}/api/sso/[0-9a-f-]{36}/acs$`));

  await continueWithSso(person, portal, "analyst@brightdental.test");
  await expect(person.getByTestId("user-menu")).toBeVisible();
  expect(new URL(person.url()).origin).toBe(portal);

  // Someone the connection may not sign in (no account, no just-in-time): a plain, unbranded refusal.
  await visitor.clearCookies();
  saml.setNextUser({ nameId: "stranger@brightdental.test", email: "stranger@brightdental.test" });
  await continueWithSso(person, portal, "stranger@brightdental.test");
  await expect(person.getByText("There is no account for this email here.")).toBeVisible();
  await expect(person.locator("body")).not.toContainText("Switchboard");
  await visitor.close();

  // Leave Acme as the other specs expect it: both connections deleted (confirmed), passwords back.
  for (const [path, name] of [
    [`/agency/clients/${bright.id}/security`, "Bright IdP"],
    ["/agency/settings/security", "Acme IdP"],
  ]) {
    await page.goto(path);
    await page.getByRole("button", { name: `Delete ${name}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete connection" }).click();
    await expect(page.getByText("Connection deleted.")).toBeVisible();
  }
  await expect(page.getByText("No single sign-on connection yet.")).toBeVisible();
});
