import { expect, test, type Page } from "@playwright/test";
import { sameOrigin, signInToConsole, signInToPortal } from "./support/session";

/** A request from the page with the key and no cookie at all: only the key authenticates it. */
async function withKey(page: Page, path: string, key: string) {
  return page.evaluate(
    async ({ path, key }) => {
      const res = await fetch(path, { credentials: "omit", headers: { authorization: `Bearer ${key}` } });
      return { status: res.status, limit: res.headers.get("ratelimit-limit"), body: await res.text() };
    },
    { path, key },
  );
}

async function createKeyInDialog(page: Page, name: string) {
  await page.getByRole("button", { name: "Create key" }).click();
  const form = page.getByTestId("api-key-form");
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Read only" }).click();
  await form.getByRole("button", { name: "Create key" }).click();
  const secret = page.getByTestId("api-key-secret");
  await expect(secret).toBeVisible();
  const key = await secret.inputValue();
  expect(key).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy api key" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await page.getByRole("button", { name: "I have copied it" }).click();
  return key;
}

// Console: an owner creates a read-only key, copies it, a program uses it, the owner revokes it.
// Portal: the agency allows client keys for Bright Dental; its admin does the same on the portal.
test("API keys: created in the console and the portal, used by a program, revoked", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInToConsole(page, baseURL, "owner@acme.test");
  await page.goto("/agency/settings/api-keys");
  await expect(
    page.getByRole("heading", { name: "No API keys yet" }).or(page.getByTestId("api-key-row").first()),
  ).toBeVisible();
  const key = await createKeyInDialog(page, "E2E reporting");

  const used = await withKey(page, "/api/v1/clients", key);
  expect(used.status).toBe(200);
  expect(used.limit).toBe("600");
  expect(JSON.parse(used.body).items.length).toBeGreaterThan(0);
  // Read only: a write with the key is refused, and nothing is created.
  const write = await page.evaluate(async (key) => {
    const res = await fetch("/api/v1/clients", {
      method: "POST",
      credentials: "omit",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Made by a read-only key" }),
    });
    return res.status;
  }, key);
  expect(write).toBe(403);

  await page.reload();
  const row = page.getByTestId("api-key-row").filter({ hasText: "E2E reporting" });
  await expect(row).toContainText(key.slice(0, 11));
  await expect(row).toContainText("client.read");
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: "Revoke E2E reporting" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  expect((await withKey(page, "/api/v1/clients", key)).status).toBe(401);

  // The reference page and the machine-readable document.
  await page.goto("/agency/settings/api-reference");
  await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeVisible();
  await expect(page.getByText("/api/v1/portal/calls/{id}/recording")).toBeVisible();
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");

  // Client keys: allowed by the agency for one client, then created by that client's admin.
  const clients = await (await page.request.get("/api/v1/clients?q=Bright")).json();
  const bright = clients.items[0].id as string;
  const allow = (on: boolean) =>
    page.request.patch(`/api/v1/clients/${bright}`, { data: { apiKeysAllowed: on }, headers: sameOrigin(baseURL) });
  expect((await allow(true)).status()).toBe(200);
  const portal = await page.context().newPage();
  const portalOrigin = await signInToPortal(portal, baseURL, "admin@brightdental.test");
  await portal.goto(`${portalOrigin}/settings`);
  await portal.getByRole("link", { name: "manage API keys" }).click();
  await expect(portal).toHaveURL(/\/settings\/api-keys$/);
  const clientKey = await createKeyInDialog(portal, "E2E warehouse");
  expect((await withKey(portal, "/api/v1/portal/calls?limit=5", clientKey)).status).toBe(200);
  // The agency withdraws client keys: the client's keys stop at once and the page is gone.
  expect((await allow(false)).status()).toBe(200);
  expect((await withKey(portal, "/api/v1/portal/calls?limit=5", clientKey)).status).toBe(401);
  expect((await portal.goto(`${portalOrigin}/settings/api-keys`))?.status()).toBe(404);
});
