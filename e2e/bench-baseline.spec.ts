import { expect, test } from "@playwright/test";
import { signInToPortal } from "./support/session";

// The benchmark's in-memory baseline page exists only on a server started with BENCH_BASELINE=1
// (npm run bench does that); a normal production server answers it like any unknown path.
test("the benchmark baseline page does not exist on a normal server", async ({ page, baseURL }) => {
  const response = await page.goto(`${baseURL}/bench-baseline`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  await expect(page.getByTestId("call-table")).toHaveCount(0);

  // Nor does a portal host route to it, even for a signed-in client user.
  const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
  const onPortal = await page.goto(`${origin}/bench-baseline`);
  expect(onPortal?.status()).toBe(404);
  await expect(page.getByTestId("call-table")).toHaveCount(0);
});
