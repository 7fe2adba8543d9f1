import { expect, test } from "@playwright/test";
import { portalUrl } from "./support/session";

// The benchmark's in-memory baseline page exists only on a server started with BENCH_BASELINE=1
// (npm run bench does that); a normal production server answers it like any unknown path.
test("the benchmark baseline page does not exist on a normal server", async ({ page, baseURL }) => {
  const response = await page.goto(`${baseURL}/bench-baseline`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  await expect(page.getByTestId("call-table")).toHaveCount(0);

  // A portal host never routes to it (a signed-out visitor is sent to sign in).
  await page.goto(`${portalUrl(baseURL, "acme")}/bench-baseline`);
  await expect(page.getByTestId("call-table")).toHaveCount(0);
});
