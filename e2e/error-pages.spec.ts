import { expect, test, type Page } from "@playwright/test";
import { fetchFromPage, signInToConsole, signInToPortal } from "./support/session";

// Through the app's own server (scripts/server.mjs): a malformed escape such as %ZZ never reaches
// a page as a 500; every bad or unknown path parameter is the host's own branded 404.
async function expectNotFound(page: Page, url: string, title: RegExp, brandLine: RegExp) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), url).toBeVisible();
  await expect(page.getByText(brandLine), url).toBeVisible();
  await expect(page, url).toHaveTitle(title);
}

test("portal: malformed and unknown ids are the agency's branded 404, pages and API alike", async ({
  page,
  baseURL,
}) => {
  const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
  const paths = [
    "/calls/%ZZ",
    "/calls/%",
    "/calls/%E0%A4",
    "/calls/not-a-call",
    "/agents/%ZZ",
    "/agents/12",
    "/billing/invoices/%ZZ",
    "/billing/invoices/x",
    "/%ZZ",
  ];
  for (const path of paths) {
    await expectNotFound(page, `${origin}${path}`, /^Page not found · Acme/, /does not exist in the Acme .* portal/);
    expect(await page.content()).not.toContain("Switchboard");
  }
  // A well-formed id that names no call: the branded 404, with the 404's own title.
  await expectNotFound(
    page,
    `${origin}/calls/00000000-0000-4000-8000-000000000000`,
    /^Page not found · Acme/,
    /does not exist in the Acme .* portal/,
  );
  for (const path of ["/api/v1/portal/calls/%ZZ", "/api/v1/portal/agents/%ZZ", "/api/v1/portal/calls/%E0%A4"]) {
    const { status, json } = await fetchFromPage(page, path);
    expect(status, path).toBe(404);
    expect(json.error.code, path).toBe("not_found");
  }
});

test("console: a hidden page's 404 has the 404's title, and malformed ids are 404 too", async ({ page, baseURL }) => {
  await signInToConsole(page, baseURL, "member@acme.test");
  for (const path of ["/agency/settings/branding", "/agency/settings/domains", "/agency/audit", "/agency/outbox"]) {
    await expectNotFound(page, `${baseURL}${path}`, /^Page not found · /, /This page does not exist/);
  }
  for (const path of [
    "/agency/clients/%ZZ",
    "/agency/clients/%/users",
    "/agency/clients/not-a-client/permissions",
    "/agency/outbox/%ZZ",
  ]) {
    await expectNotFound(page, `${baseURL}${path}`, /^Page not found · /, /This page does not exist/);
  }
});
