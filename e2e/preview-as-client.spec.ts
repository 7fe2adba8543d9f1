import { expect, test } from "@playwright/test";
import { signInToConsole } from "./support/session";

test("an agency admin previews Bright Dental's portal as an analyst, read-only, and ends the preview", async ({
  page,
  baseURL,
}) => {
  await signInToConsole(page, baseURL, "admin@acme.test");
  await page.goto(`${baseURL}/agency/clients`);
  await page.getByRole("link", { name: "Bright Dental" }).first().click();
  await page.getByRole("link", { name: "Preview as client" }).click();
  await page.getByRole("button", { name: "Preview as analyst" }).click();

  await expect(page.getByTestId("preview-banner")).toContainText("Previewing Bright Dental as analyst");
  expect(new URL(page.url()).host).toMatch(/^acme\.localhost:/);
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link", { name: "Calls" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Analytics" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);
  expect(await page.content()).not.toContain("Switchboard");

  await page.getByRole("button", { name: "End preview" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(new URL("/calls", page.url()).toString());
  await expect(page).toHaveURL(/\/login/);
});
