import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { fetchFromPage, signInToConsole, signInToPortal } from "./support/session";

async function filterByAction(page: Page, label: string) {
  await page.getByTestId("filter-action").click();
  await page.getByRole("option", { name: label, exact: true }).click();
  await page.getByRole("button", { name: "Apply filters" }).click();
}

test.describe("audit log", () => {
  test("an owner filters the log, opens an event's detail and exports it as CSV", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "owner@acme.test");
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();

    await filterByAction(page, "Login succeeded");
    await expect(page).toHaveURL(/action=login_succeeded/);
    const rows = page.getByTestId("audit-events").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId("audit-events").locator("tbody tr:not([data-action=login_succeeded])")).toHaveCount(
      0,
    );

    await rows
      .first()
      .getByRole("button", { name: /Details of event/ })
      .click();
    const dialog = page.getByTestId("audit-event-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { name: /Login succeeded/ })).toBeVisible();
    await expect(dialog).toContainText("owner@acme.test");
    await page.keyboard.press("Escape");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-log-acme-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "id,seq,occurredAt,action,actorType,actorId,actorEmail,targetType,targetId,clientId,outcome,ip,userAgent,sessionRef,details",
    );
    expect(csv).toContain("login_succeeded");
    expect(csv).not.toMatch(/\n[^\n]*,logout,/); // filtered: only the chosen action

    const { json } = await fetchFromPage(page, "/api/v1/audit-events?action=audit_export&limit=1");
    expect(json.items[0]).toMatchObject({
      action: "audit_export",
      actor: { type: "user", email: "owner@acme.test" },
      details: { format: "csv", filters: { action: "login_succeeded" } },
    });
  });

  test("a retention change is recorded with before and after", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto(`${baseURL}/agency/settings/audit`);
    await page.getByLabel("Keep audit events for (days)").fill("20");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(page.getByTestId("retention-error")).toContainText("at least 30");
    await page.getByLabel("Keep audit events for (days)").fill("400");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(page.getByText("Retention saved.")).toBeVisible();

    await page.goto(`${baseURL}/agency/audit?action=retention_policy_change`);
    await page
      .getByRole("button", { name: /Details of event/ })
      .first()
      .click();
    const diff = page.getByTestId("audit-diff");
    await expect(diff.locator("tr[data-changed]")).toContainText("retentionDays");
    await expect(diff.locator("tr[data-changed]")).toContainText("365");
    await expect(diff.locator("tr[data-changed]")).toContainText("400");
  });

  test("an owner streams to a SIEM: the console shows the failure, then the recovery", async ({ page, baseURL }) => {
    let status = 500;
    const received: { id: string; key: string | undefined; test: boolean }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const event = JSON.parse(body);
        if (status === 200)
          received.push({
            id: event.id,
            key: req.headers["idempotency-key"] as string | undefined,
            test: event.test === true,
          });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      await signInToConsole(page, baseURL, "owner@acme.test");
      await page.goto(`${baseURL}/agency/settings/audit`);
      await page.getByLabel("Name").fill("Security SIEM");
      await page.getByLabel("URL").fill(url);
      await page.getByLabel("Signing secret").fill("whsec-e2e-0123456789");
      await page.getByRole("button", { name: "Add destination" }).click();
      const item = page.getByTestId("destination").filter({ hasText: "Security SIEM" });
      await expect(item).toBeVisible();

      await item.getByRole("button", { name: "Send test" }).click();
      await expect(item.getByTestId("destination-health")).toContainText("Failing");
      await expect(item.getByTestId("destination-last-error")).toContainText("HTTP 500");

      status = 200;
      // The server's own worker may record a failure it saw just before the switch: test until healthy.
      await expect(async () => {
        await item.getByRole("button", { name: "Send test" }).click();
        await expect(item.getByTestId("destination-health")).toHaveText("Healthy", { timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
      // The worker then delivers the backlog (this destination's creation, the tests) on its own.
      await expect.poll(() => received.filter((r) => !r.test).length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(received.every((r) => r.key === r.id)).toBe(true);

      await item.getByRole("button", { name: "Remove" }).click();
      await page.getByRole("button", { name: "Remove destination" }).click();
      await expect(page.getByTestId("no-destinations")).toBeVisible();
    } finally {
      server.close();
    }
  });

  test("a manager has no audit log: no link, a 404 page, a 403 from the API that is itself recorded", async ({
    browser,
    baseURL,
  }) => {
    const manager = await browser.newPage();
    await signInToConsole(manager, baseURL, "manager@acme.test");
    await expect(manager.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    expect((await manager.goto(`${baseURL}/agency/audit`))?.status()).toBe(404);
    expect((await manager.goto(`${baseURL}/agency/settings/audit`))?.status()).toBe(404);
    const api = await manager.request.get(`${baseURL}/api/v1/audit-events`);
    expect(api.status()).toBe(403);
    await manager.close();

    const owner = await browser.newPage();
    await signInToConsole(owner, baseURL, "owner@acme.test");
    await owner.goto(`${baseURL}/agency/audit?action=access_denied&actor=manager@acme.test`);
    await expect(owner.getByTestId("audit-events").locator("tbody tr").first()).toContainText("manager@acme.test");
    await owner.close();
  });
});

test.describe("portal access log", () => {
  test("a client admin sees who read a call's transcript, with a link to the call; a supervisor has no access log", async ({
    browser,
    baseURL,
  }) => {
    const supervisor = await browser.newPage();
    const origin = await signInToPortal(supervisor, baseURL, "supervisor@brightdental.test");
    await expect(supervisor.getByRole("link", { name: /Access log/ })).toHaveCount(0);
    expect((await supervisor.goto(`${origin}/access-log`))?.status()).toBe(404);
    // A completed call: missed calls and voicemails have no transcript, and which call is the
    // newest depends on the time of day the demo data was seeded.
    const { json: list } = await fetchFromPage(supervisor, "/api/v1/portal/calls?limit=1&status=completed");
    const callId: string = list.items[0].id;
    const { status, json: call } = await fetchFromPage(supervisor, `/api/v1/portal/calls/${callId}`);
    expect(status).toBe(200);
    expect(call.transcript.length).toBeGreaterThan(0);
    await supervisor.close();

    const admin = await browser.newPage();
    await signInToPortal(admin, baseURL, "admin@brightdental.test");
    await admin.getByRole("link", { name: "Access log", exact: true }).click();
    await expect(admin.getByRole("heading", { name: "Access log" })).toBeVisible();
    const entry = admin
      .getByTestId("access-log")
      .locator("tbody tr")
      .filter({ hasText: "supervisor@brightdental.test" })
      .first();
    await expect(entry).toContainText("Read the transcript");
    expect(await admin.content()).not.toContain("Switchboard");
    await entry.getByRole("link").click();
    await expect(admin).toHaveURL(new RegExp(`/calls/${callId}$`));
    await admin.close();
  });
});
