import { expect, test, type Page } from "@playwright/test";
import { sameOrigin, signInToConsole } from "./support/session";

// Every test leaves the demo data as it found it: later specs run against the same server.

async function openClient(page: Page, name: string, tab?: "Permissions") {
  await page.goto("/agency/clients");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  if (tab) {
    await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: tab }).click();
    await expect(page.getByTestId("portal-preview")).toBeVisible();
  }
  return page.url().match(/clients\/([0-9a-f-]{36})/)![1];
}

const toggle = (page: Page, label: string) => page.getByRole("switch", { name: label, exact: true });

test.describe("client permissions in the console", () => {
  test("an admin switches off View call details, sees the preview change, saves, and it is kept", async ({
    page,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await openClient(page, "Bright Dental", "Permissions");
    const adminPreview = page.getByTestId("preview-admin");
    await expect(adminPreview).toContainText("transcripts");
    await expect(page.getByTestId("marker-view_call_details")).toHaveText("Agency default");

    await toggle(page, "View call details").click();
    await expect(toggle(page, "View call details")).not.toBeChecked();
    await expect(adminPreview).not.toContainText("transcripts");
    await expect(adminPreview).toContainText("Calls");
    await expect(page.getByTestId("marker-view_call_details")).toHaveText("Overridden");
    await page.getByRole("button", { name: "Save permissions" }).click();
    await expect(page.getByText("Permissions saved for Bright Dental")).toBeVisible();

    await page.reload();
    await expect(toggle(page, "View call details")).not.toBeChecked();
    await expect(page.getByTestId("marker-view_call_details")).toHaveText("Overridden");

    // Switching a dependent on with its prerequisite off turns the prerequisite on, and says so.
    await toggle(page, "View calls").click();
    await expect(toggle(page, "View calls")).not.toBeChecked();
    await toggle(page, "View call details").click();
    await expect(page.getByTestId("dependency-notice")).toHaveText("View call details needs View calls — turned on.");
    await expect(toggle(page, "View calls")).toBeChecked();
    await expect(toggle(page, "View call details")).toBeChecked();
    // ...and switching the prerequisite off again takes the dependent with it.
    await toggle(page, "View calls").click();
    await expect(page.getByTestId("dependency-notice")).toHaveText("View call details needs View calls — turned off.");
    await expect(toggle(page, "View call details")).not.toBeChecked();
    await page.getByRole("button", { name: "Discard" }).click();

    // Put it back the way a person would: reset to the agency default.
    await page.getByRole("button", { name: "Reset View call details to agency default" }).click();
    await expect(toggle(page, "View call details")).toBeChecked();
    await page.getByRole("button", { name: "Save permissions" }).click();
    await expect(page.getByText("Permissions saved for Bright Dental")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("marker-view_call_details")).toHaveText("Agency default");
  });

  test("the permissions API answers in the documented shapes", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    const id = await openClient(page, "Bright Dental");
    const url = `${baseURL}/api/v1/clients/${id}/permissions`;
    const current = await (await page.request.get(url)).json();
    expect(current).toMatchObject({
      permissions: { view_calls: true },
      overridden: { view_calls: false },
      version: expect.any(Number),
    });

    const badKey = await page.request.patch(url, {
      headers: sameOrigin(baseURL),
      data: { version: current.version, view_everything: true },
    });
    expect(badKey.status()).toBe(422);
    expect(await badKey.json()).toEqual({
      error: { code: "validation_failed", message: expect.stringContaining("view_everything") },
    });
    const notBoolean = await page.request.patch(url, {
      headers: sameOrigin(baseURL),
      data: { version: current.version, view_calls: "yes" },
    });
    expect(notBoolean.status()).toBe(422);
    const rule = await page.request.patch(url, {
      headers: sameOrigin(baseURL),
      data: { version: current.version, view_calls: false },
    });
    expect(rule.status()).toBe(422);
    expect((await rule.json()).error.message).toContain("view_call_details requires view_calls");
    const stale = await page.request.patch(url, {
      headers: sameOrigin(baseURL),
      data: { version: current.version - 1 || 999, view_analytics: false },
    });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.code).toBe("conflict");
    expect((await page.request.post(url, { headers: sameOrigin(baseURL), data: {} })).status()).toBe(405);
    expect((await (await page.request.get(url)).json()).version).toBe(current.version);

    const unknownPreset = await page.request.post(`${baseURL}/api/v1/clients`, {
      headers: sameOrigin(baseURL),
      data: { name: "Preset Test", preset: "everything" },
    });
    expect(unknownPreset.status()).toBe(422);
    const list = await (await page.request.get(`${baseURL}/api/v1/clients?limit=2`)).json();
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).toEqual(expect.any(String));
    expect(list.items[0]).toMatchObject({
      id: expect.any(String),
      name: "Bright Dental",
      portalAccess: "enabled",
      clientAdminsManageUsers: true,
      createdAt: expect.any(String),
    });
    const defaults = await (await page.request.get(`${baseURL}/api/v1/client-defaults`)).json();
    expect(Object.keys(defaults.permissions)).toHaveLength(8);
  });

  test("a save on a stale version is told to reload", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    const id = await openClient(page, "Nova Realty", "Permissions");
    await toggle(page, "View analytics").click();
    // Meanwhile a colleague changes the same client.
    const url = `${baseURL}/api/v1/clients/${id}/permissions`;
    const { version } = await (await page.request.get(url)).json();
    expect(
      (
        await page.request.patch(url, { headers: sameOrigin(baseURL), data: { version, manage_billing: true } })
      ).status(),
    ).toBe(200);
    await page.getByRole("button", { name: "Save permissions" }).click();
    await expect(page.getByTestId("stale-prompt")).toContainText("Someone else changed these permissions");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByTestId("stale-prompt")).toHaveCount(0);
    await expect(toggle(page, "Manage billing")).toBeChecked();
    await expect(toggle(page, "View analytics")).toBeChecked();
    const now = await (await page.request.get(url)).json();
    expect(
      (
        await page.request.patch(url, {
          headers: sameOrigin(baseURL),
          data: { version: now.version, reset: ["manage_billing"] },
        })
      ).status(),
    ).toBe(200);
  });

  test("a member sees an assigned client's permissions read-only", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "member@acme.test");
    await page.goto("/agency/clients");
    await expect(page.getByTestId("client-row")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "New client" })).toHaveCount(0);
    await openClient(page, "Summit Legal", "Permissions");
    await expect(page.getByTestId("read-only-note")).toBeVisible();
    // A member may not start a preview, so the tab is not offered.
    await expect(page.getByRole("navigation", { name: "Client" }).getByRole("link")).toHaveText([
      "Overview",
      "Permissions",
      "Users",
    ]);
    for (const label of ["View agents", "View call details", "Manage billing", "Manage integrations"]) {
      await expect(toggle(page, label)).toBeDisabled();
    }
    await expect(page.getByRole("button", { name: "Save permissions" })).toHaveCount(0);
    await page.goto("/agency/settings/client-defaults");
    await expect(page.getByTestId("read-only-note")).toBeVisible();
    await expect(toggle(page, "View agents")).toBeDisabled();
  });

  test("an admin edits the defaults, then applies them to a client through the preview dialog", async ({
    page,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto("/agency/settings/client-defaults");
    await toggle(page, "Manage billing").click();
    await page.getByRole("button", { name: "Save defaults" }).click();
    await expect(page.getByText(/Defaults saved\. \d+ existing clients differ from the new defaults\./)).toBeVisible();
    await expect(page.getByTestId("differing-clients")).toBeVisible();

    await page.getByRole("button", { name: "Apply to existing clients…" }).click();
    const dialog = page.getByTestId("apply-defaults-dialog");
    await expect(dialog.getByRole("checkbox", { name: "Include overridden toggles" })).not.toBeChecked();
    const bright = dialog.getByTestId("propagation-row").filter({ hasText: "Bright Dental" });
    await expect(bright).toContainText("Gains Billing");
    // Apply to Bright Dental only: untick every other client that would change.
    for (const name of ["Harbor Plumbing", "Nova Realty"]) {
      const checkbox = dialog.getByRole("checkbox", { name, exact: true });
      if (await checkbox.isChecked()) await checkbox.click();
    }
    await expect(dialog.getByRole("checkbox", { name: "Summit Legal", exact: true })).toBeDisabled();
    await dialog.getByRole("button", { name: "Apply to 1 client" }).click();
    await expect(page.getByText("Defaults applied to 1 client.")).toBeVisible();

    await openClient(page, "Bright Dental", "Permissions");
    await expect(toggle(page, "Manage billing")).toBeChecked();
    await expect(page.getByTestId("marker-manage_billing")).toHaveText("Agency default");
    await expect(page.getByTestId("preview-admin")).toContainText("Billing");

    // Restore: defaults back to view-only, applied to Bright Dental again.
    await page.goto("/agency/settings/client-defaults");
    await page.getByRole("button", { name: "Apply a preset" }).click();
    await page.getByRole("menuitem", { name: "View only" }).click();
    await expect(toggle(page, "Manage billing")).not.toBeChecked();
    await page.getByRole("button", { name: "Save defaults" }).click();
    await expect(page.getByText(/Defaults saved\./)).toBeVisible();
    await page.getByRole("button", { name: "Apply to existing clients…" }).click();
    await expect(dialog.getByTestId("propagation-row").filter({ hasText: "Bright Dental" })).toContainText(
      "Loses Billing",
    );
    await dialog.getByRole("button", { name: "Apply to 1 client" }).click();
    await expect(page.getByText("Defaults applied to 1 client.")).toBeVisible();
  });

  test("an admin creates a client from the list, suspends its portal, and archives it", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "admin@acme.test");
    await page.goto("/agency/clients");
    await page.getByRole("button", { name: "New client" }).click();
    await page.getByLabel("Name").fill("Cedar Vets");
    await page.getByRole("combobox", { name: "Permissions" }).click();
    await page.getByRole("option", { name: "Hands-off (nothing visible)" }).click();
    await expect(page.getByText("users you invite would see an empty portal")).toBeVisible();
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByText("Cedar Vets created")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Cedar Vets", level: 1 })).toBeVisible();
    await expect(page.getByTestId("hands-off-warning")).toBeVisible();
    await expect(toggle(page, "View agents")).not.toBeChecked();
    await expect(page.getByTestId("marker-view_agents")).toHaveText("Overridden");

    await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
    await page.getByRole("switch", { name: "Portal access enabled" }).click();
    await expect(page.getByText("Portal suspended — its users are signed out")).toBeVisible();
    await expect(page.getByRole("switch", { name: "Portal access suspended" })).not.toBeChecked();

    await page.goto("/agency/clients?q=cedar");
    await expect(page.getByTestId("client-row")).toHaveCount(1);
    await expect(page.getByTestId("client-row")).toContainText("Portal suspended");
    await expect(page.getByTestId("client-row")).toContainText("Hands-off");
    await page.getByRole("button", { name: "Archive Cedar Vets" }).click();
    await page.getByRole("button", { name: "Archive client" }).click();
    await expect(page.getByText("Cedar Vets archived")).toBeVisible();
    await page.goto("/agency/clients?q=cedar");
    await expect(page.getByText("No client matches “cedar”")).toBeVisible();
  });

  test("the console overview shows this month's figures across the clients", async ({ page, baseURL }) => {
    await signInToConsole(page, baseURL, "owner@acme.test");
    await expect(page.getByTestId("stat-calls")).toContainText(/\d/);
    await expect(page.getByTestId("stat-spend")).toContainText("$");
    await expect(page.getByTestId("stat-without-users")).toContainText("1");
    await expect(page.getByTestId("stat-suspended")).toContainText("0");
  });
});
