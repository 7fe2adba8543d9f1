import { expect, test } from "@playwright/test";
import { fetchFromPage, portalUrl, signInToPortal } from "./support/session";

// What the axe sweep (page-sweeps.spec.ts) cannot judge: a keyboard user's first stop, names a
// voice-control user speaks, and how the transcript reads on a phone.
test.describe("a keyboard and screen-reader user", () => {
  test("finds a level-one heading on both sign-in pages, skips the navigation, and hears named headers and transcript lines", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await page.goto(`${portalUrl(baseURL, "acme")}/login`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    await page.goto(`${origin}/calls`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

    // Every hour column of the heat map has a name, also the ones whose number is not printed.
    await page.goto(`${origin}/analytics`);
    await expect(page.getByRole("columnheader", { name: "1:00", exact: true })).toHaveCount(1);
    await expect(page.getByRole("columnheader", { name: "Day", exact: true })).toHaveCount(1);

    // A transcript button's name starts with the line a person sees (WCAG 2.5.3).
    const { json } = await fetchFromPage(page, "/api/v1/portal/calls?status=completed&limit=1");
    await page.goto(`${origin}/calls/${json.items[0].id}`);
    const line = page.getByTestId("transcript-line").first();
    const pieces = await line
      .getByRole("button")
      .evaluate((b) =>
        [...b.querySelectorAll("span:not(.sr-only)")]
          .filter((s) => s.children.length === 0)
          .map((s) => s.textContent!.trim()),
      );
    expect(pieces.join(" ")).toMatch(/^\d+:\d\d (Agent|Caller) \S/);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await expect(line.getByRole("button")).toHaveAccessibleName(new RegExp(`^${pieces.map(escape).join("\\s*")}`));

    // On a phone the transcript is part of the page: no box scrolling inside it.
    await page.setViewportSize({ width: 390, height: 844 });
    const transcript = page.getByTestId("transcript");
    await expect(transcript).toHaveCSS("overflow-y", "visible");
    expect(await transcript.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });
});
