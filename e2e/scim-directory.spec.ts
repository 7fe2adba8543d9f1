import { expect, test } from "@playwright/test";
import { signInToConsole } from "./support/session";

// The console's SCIM section end to end: create the staff directory, take the token shown once,
// provision a user and a group as an IdP would, map the group to a role in the UI, see the role.
test("SCIM directory: token once, IdP creates a user and a group, the group's mapped role is applied", async ({
  page,
  baseURL,
}) => {
  await signInToConsole(page, baseURL, "owner@acme.test");
  await page.goto("/agency/settings/security");
  await page.getByRole("button", { name: "Create directory" }).click();
  const token = await page.getByLabel("SCIM bearer token").inputValue();
  const base = await page.getByLabel("SCIM base URL").inputValue();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(base).toBe(`${new URL(baseURL!).origin}/api/scim/v2`);

  const scim = { Authorization: `Bearer ${token}`, "Content-Type": "application/scim+json" };
  const user = await page.request.post(`${base}/Users`, {
    headers: scim,
    data: { userName: "e2e-scim@acme.test", name: { givenName: "Eve", familyName: "Scim" }, active: true },
  });
  expect(user.status()).toBe(201);
  const userId = (await user.json()).id as string;
  const group = await page.request.post(`${base}/Groups`, {
    headers: scim,
    data: { displayName: "E2E Managers", members: [{ value: userId }] },
  });
  expect(group.status()).toBe(201);

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Recent SCIM requests" }).getByText("POST /api/scim/v2/Groups"),
  ).toBeVisible();
  await page.getByLabel("Role for E2E Managers").selectOption("manager");
  await expect(page.getByText("Mapping saved; members updated.")).toBeVisible();
  await page.goto("/agency/team");
  await expect(page.getByRole("row", { name: /Eve Scim/ })).toContainText(/manager/i);

  // Leave Acme as the other specs expect it: the user deprovisioned, the directory gone.
  expect((await page.request.delete(`${base}/Users/${userId}`, { headers: scim })).status()).toBe(204);
  await page.goto("/agency/settings/security");
  await page.getByRole("button", { name: "Delete directory" }).click();
  await expect(page.getByRole("button", { name: "Create directory" })).toBeVisible();
});
