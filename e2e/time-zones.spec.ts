import { expect, test } from "@playwright/test";
import { fetchFromPage, signInToConsole, signInToPortal } from "./support/session";

test.describe("time zones", () => {
  test("a client admin sets the client's time zone and sees call times, analytics and the export shift", async ({
    page,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.goto(`${origin}/calls`);
    const firstTime = page.getByTestId("call-row").first().locator("time");
    await expect(firstTime).toContainText("UTC");
    const iso = (await firstTime.getAttribute("datetime"))!;

    await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Settings" }).click();
    await expect(page.getByTestId("effective-time-zone")).toHaveText("UTC");
    // A bad name through the API is refused and changes nothing.
    expect(
      (await fetchFromPage(page, "/api/v1/portal/settings", { method: "PATCH", body: { timeZone: "Mars/Olympus" } }))
        .status,
    ).toBe(422);
    await page.getByLabel("Time zone", { exact: true }).selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByText("Times are now shown in Asia/Tokyo.")).toBeVisible();
    await expect(page.getByTestId("effective-time-zone")).toHaveText("Asia/Tokyo");

    await page.goto(`${origin}/calls`);
    await expect(firstTime).toHaveAttribute("datetime", iso);
    await expect(firstTime).toContainText("GMT+9");
    const tokyo = new Intl.DateTimeFormat("en-US", {
      timeZone: "Asia/Tokyo",
      hour: "numeric",
      minute: "2-digit",
    }).format(new Date(iso));
    await expect(firstTime).toContainText(tokyo);

    await page.goto(`${origin}/analytics?days=7`);
    await expect(page.getByText(/days and hours in Asia\/Tokyo/)).toBeVisible();
    await expect(page.getByTestId("chart-busiest-hours")).toContainText("Busiest hours (Asia/Tokyo)");
    const { json } = await fetchFromPage(page, "/api/v1/portal/analytics?days=7");
    expect(json.range.timeZone).toBe("Asia/Tokyo");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    expect(json.range.to).toBe(today);

    const csv = await fetchFromPage(page, "/api/v1/portal/calls/export");
    expect(csv.text.split("\n")[1]).toMatch(/^[0-9a-f-]{36},\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00,/);

    // Back to the agency's zone for the specs that follow.
    expect(
      (await fetchFromPage(page, "/api/v1/portal/settings", { method: "PATCH", body: { timeZone: null } })).json
        .effectiveTimeZone,
    ).toBe("UTC");
  });

  test("the agency sets a client's zone in the console's client settings", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "owner@acme.test");
    const clients = await (await page.request.get(`${baseURL}/api/v1/clients?limit=100`)).json();
    const summit = clients.items.find((c: { name: string }) => c.name === "Summit Legal");
    await page.goto(`${baseURL}/agency/clients/${summit.id}`);
    const select = page.getByLabel("Time zone");
    await expect(select).toHaveValue("");
    await select.selectOption("Europe/Berlin");
    await expect(page.getByText("Time zone set to Europe/Berlin")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
    await page.getByLabel("Time zone").selectOption("");
    await expect(page.getByText("Time zone set to the agency's (UTC)")).toBeVisible();
  });
});
