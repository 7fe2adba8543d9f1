import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startTestReceiver } from "../lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "../lib/webhooks/webhook-signature";
import { fetchFromPage, signInToPortal } from "./support/session";

test.describe("portal agents", () => {
  test("the Summit Legal admin edits a greeting, sees the version in history, and reverts it", async ({
    page,
    baseURL,
  }) => {
    await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Agents" }).click();
    await expect(page.getByRole("heading", { name: "Agents", level: 1 })).toBeVisible();
    await expect(page.getByTestId("agent-row")).toHaveCount(4);
    await page.getByRole("link", { name: "Consultation Follow-up" }).click();

    const greeting = page.getByLabel("Greeting");
    const original = await greeting.inputValue();
    await greeting.fill("Hello, Owen here from Summit Legal. Do you have a minute?");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved as version 2.")).toBeVisible();

    const v2 = page.getByTestId("version-2");
    await expect(v2).toContainText("admin@summitlegal.test");
    await expect(v2.getByTestId("version-diff")).toContainText(
      "Hello, Owen here from Summit Legal. Do you have a minute?",
    );
    await expect(v2.getByTestId("version-diff")).toContainText(original);

    await page.getByRole("button", { name: "Revert to version 1" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revert" }).click();
    await expect(page.getByText("Restored version 1 as version 3.")).toBeVisible();
    await expect(page.getByTestId("version-3")).toContainText("Restored the settings of version 1.");
    await expect(page.getByLabel("Greeting")).toHaveValue(original);

    const id = page.url().split("/agents/")[1];
    const { status, json } = await fetchFromPage(page, `/api/v1/portal/agents/${id}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ version: 3, settings: { greeting: original } });
  });

  test("a form error is shown and nothing is saved", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.goto(`${origin}/agents`);
    await page.getByRole("link", { name: "After-Hours Intake" }).click();
    await page.getByLabel("Transfer number").fill("call the office");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("transferNumber-error")).toContainText("international format");
    await expect(page.getByTestId("version-2")).toHaveCount(0);
  });

  test("the Bright Dental supervisor sees agents read-only, and the API refuses an edit", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    await page.goto(`${origin}/agents`);
    await expect(page.getByTestId("agent-row")).toHaveCount(3);
    await page.getByRole("link", { name: "Front Desk" }).click();
    await expect(page.getByTestId("agent-settings-readonly")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Revert/ })).toHaveCount(0);
    const id = page.url().split("/agents/")[1];
    const { status, json } = await fetchFromPage(page, `/api/v1/portal/agents/${id}`, {
      method: "PATCH",
      body: { version: 1, greeting: "Hi" },
    });
    expect(status).toBe(403);
    expect(json.error.code).toBe("forbidden");
  });

  test("the agent-role user sees only Front Desk", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "agent@brightdental.test");
    await page.goto(`${origin}/agents`);
    await expect(page.getByTestId("agent-row")).toHaveCount(1);
    await expect(page.getByTestId("agent-row")).toContainText("Front Desk");
    const { json } = await fetchFromPage(page, "/api/v1/portal/agents");
    expect(json.items.map((a: { name: string }) => a.name)).toEqual(["Front Desk"]);
  });
});

test.describe("portal billing", () => {
  test("the Summit Legal admin sees usage and invoices, opens one and downloads its PDF", async ({ page, baseURL }) => {
    await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Billing" }).click();
    await expect(page.getByTestId("usage-cards")).toContainText("$0.15 / min");
    await expect(page.getByTestId("invoice-row")).toHaveCount(3);
    // Spend is what the invoice will charge: minutes × rate plus the per-agent fee, and the lines add up.
    const { json: billing } = await fetchFromPage(page, "/api/v1/portal/billing");
    const dollars = (cents: number) =>
      new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
    await expect(page.getByTestId("charge-minutes")).toContainText(dollars(billing.usage.minutes * 15));
    await expect(page.getByTestId("charge-agents")).toContainText("AI agent subscription");
    await expect(page.getByTestId("charges-total")).toHaveText(dollars(billing.charges.totalCents));
    await expect(page.getByTestId("usage-spend")).toContainText(dollars(billing.charges.totalCents));
    await expect(page.getByTestId("usage-projected")).toContainText(dollars(billing.projected.totalCents));
    // Numbered per client, with no gaps: 0001, 0002, 0003.
    const numbers = billing.invoices.map((i: { number: string }) => i.number.slice(-4)).sort();
    expect(numbers).toEqual(["0001", "0002", "0003"]);

    await page
      .getByTestId("invoice-row")
      .first()
      .getByRole("link", { name: /^ACME-/ })
      .click();
    await expect(page.getByRole("heading", { name: /^Invoice ACME-/ })).toBeVisible();
    await expect(page.getByTestId("invoice-lines")).toContainText("Voice AI minutes");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Download invoice/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ACME-\d{4}-\d{4}\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).not.toMatch(/switchboard/i);
  });

  test("a client without manage_billing has no Billing section at all", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
    await expect(
      page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Billing" }),
    ).toHaveCount(0);
    const response = await page.goto(`${origin}/billing`);
    expect(response?.status()).toBe(404);
    const { status } = await fetchFromPage(page, "/api/v1/portal/billing");
    expect(status).toBe(403);
  });
});

test.describe("portal integrations", () => {
  test("the Summit Legal admin sees connection status, adds a webhook and sends it a signed test event", async ({
    page,
    baseURL,
  }) => {
    const receiver = await startTestReceiver();
    try {
      await signInToPortal(page, baseURL, "admin@summitlegal.test");
      await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Integrations" }).click();
      await expect(page.getByTestId("integration-card")).toHaveCount(3);
      const calendar = page.locator('[data-integration-name="Google Calendar"]');
      await expect(calendar.getByTestId("integration-status")).toHaveText("Needs attention");
      await expect(calendar.getByTestId("integration-error")).toContainText("token expired");

      await page.getByTestId("integrations-webhook").getByRole("button", { name: "Add webhook" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Name").fill("Local test receiver");
      await dialog.getByLabel("Endpoint URL").fill(receiver.url);
      await dialog.getByRole("button", { name: "Add webhook" }).click();
      const secret = await page.getByTestId("signing-secret").inputValue();
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole("button", { name: "I have copied it" }).click();

      const card = page.locator('[data-integration-name="Local test receiver"]');
      await expect(card.getByTestId("secret-hint")).toHaveText(`••••${secret.slice(-4)}`);
      await card.getByRole("button", { name: "Send test event" }).click();
      await expect(page.getByText(/Test event delivered/)).toBeVisible();
      const got = receiver.received.at(-1)!;
      expect(verifyWebhookSignature(secret, String(got.headers["webhook-signature"]), got.body)).toBe(true);
      expect(JSON.stringify(got.headers)).not.toMatch(/switchboard/i);

      const { json } = await fetchFromPage(page, "/api/v1/portal/integrations");
      expect(JSON.stringify(json)).not.toContain(secret);

      await card.getByRole("button", { name: "Disconnect" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect" }).click();
      await expect(card).toHaveCount(0);
    } finally {
      await receiver.close();
    }
  });

  test("a client without view_integrations has no Integrations section", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    expect((await page.goto(`${origin}/integrations`))?.status()).toBe(404);
    expect((await fetchFromPage(page, "/api/v1/portal/integrations")).status).toBe(403);
  });
});
