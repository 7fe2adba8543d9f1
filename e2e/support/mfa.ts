import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "./session";

/** The authenticator app's code now (or `offsetSeconds` later: the next step, after the enrolment's own). */
export const totpCodeAt = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

/** Fills the password dialog that guards every change of a second factor. */
export async function confirmPassword(page: Page, button: string) {
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Your password").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: button }).click();
}

/**
 * On the signed-in account page, sets up an authenticator app as a person does: the code is
 * computed from the key the page shows. Returns the secret and the recovery codes shown once.
 */
export async function enrolAuthenticatorApp(page: Page, accountPath: string) {
  await page.goto(accountPath);
  await page.getByRole("button", { name: "Set up" }).click();
  await confirmPassword(page, "Continue");
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code").fill(await totpCodeAt(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("mfa-status")).toHaveText("On");
  return { secret, codes };
}

/** Removes the authenticator app from the signed-in account page. */
export async function removeAuthenticatorApp(page: Page, accountPath: string) {
  await page.goto(accountPath);
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await confirmPassword(page, "Remove");
  await expect(page.getByTestId("mfa-status")).toHaveText("Off");
}
