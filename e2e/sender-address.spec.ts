import { expect, test } from "@playwright/test";
import { signInToConsole } from "./support/session";

// The owner sets the agency's own From address: the SPF and DKIM records to add are shown with
// copy buttons, and checking before they exist says which are missing (mail keeps the platform
// address meanwhile). The address is removed at the end, as the other specs expect.
test("sender address: records shown, DNS checked, removed again", async ({ page, baseURL }) => {
  await signInToConsole(page, baseURL, "owner@acme.test");
  await page.goto("/agency/settings/domains");
  await page.getByLabel("From address").fill("hello@acme-voice.example");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved. Add the DNS records below, then check.")).toBeVisible();
  await expect(page.getByText("Waiting for DNS")).toBeVisible();
  const records = page.getByRole("table", { name: "DNS records for the sender address" });
  await expect(records.getByRole("row")).toHaveCount(3);
  await expect(records).toContainText("v=spf1 include:");
  await expect(records).toContainText(/mail[0-9a-f]{6}\._domainkey\.acme-voice\.example/);
  await expect(records).toContainText("v=DKIM1; k=rsa; p=");
  await page.getByRole("button", { name: "Check DNS" }).click();
  await expect(page.getByText("Not found yet: SPF and DKIM record. DNS changes can take a while.")).toBeVisible();

  await page.getByLabel("From address").fill("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Sender address removed.")).toBeVisible();
  await expect(records).toHaveCount(0);
});
