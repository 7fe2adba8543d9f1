import { expect, test, type Page } from "@playwright/test";
import {
  consoleShell,
  horizontalOverflow,
  portalShell,
  seriousAxeFindings,
  sweepShell,
  type AxeFinding,
  type Shell,
} from "./support/page-sweep";

// One session per shell visits every page: cheaper than a test per page, and it is what a
// person does. Each sweep collects every finding and fails once, listing them all.
const SHELLS: ((baseURL: string | undefined) => Shell)[] = [portalShell, consoleShell];

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const shellOf of SHELLS) {
    test(`no ${shellOf(undefined).name} page scrolls sideways`, async ({ page, baseURL }) => {
      test.setTimeout(300_000); // one session through every page of the shell
      const shell = shellOf(baseURL);
      const overflowing: { path: string; pixels: number }[] = [];
      const visited: string[] = [];
      await sweepShell(page, shell, async (path) => {
        visited.push(path);
        const pixels = await horizontalOverflow(page);
        if (pixels > 0) overflowing.push({ path, pixels });
        if (path === "/calls") await expectStatusAndOutcomeOnScreen(page);
      });
      expect(visited.length).toBeGreaterThanOrEqual(shell.signedOut.length + shell.signedIn.length);
      expect(overflowing).toEqual([]);
    });
  }
});

/** The call list is stacked rows on a phone: a call's status and outcome show without scrolling sideways. */
async function expectStatusAndOutcomeOnScreen(page: Page) {
  const row = page.getByTestId("call-row").first();
  for (const cell of [row.locator("td").nth(4), row.locator("td").nth(5)]) {
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  }
  await expect(row.locator("td").nth(4)).toHaveText(/\S/);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe-core in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const shellOf of SHELLS) {
      test(`no ${shellOf(undefined).name} page has a serious or critical WCAG 2.2 AA violation`, async ({
        page,
        baseURL,
      }) => {
        test.setTimeout(300_000); // one session through every page of the shell
        const shell = shellOf(baseURL);
        const findings: AxeFinding[] = [];
        await sweepShell(page, shell, async (path) => {
          await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
          findings.push(...(await seriousAxeFindings(page, path)));
        });
        const summary = `${shell.name}/${colorScheme}: ${findings.length} serious or critical (${findings.reduce((n, f) => n + f.nodes, 0)} nodes)`;
        test.info().annotations.push({ type: "axe", description: summary });
        console.log(
          `axe ${summary}\n${findings.map((f) => `  ${f.path} ${f.id} ${f.impact} ×${f.nodes} ${f.sample}`).join("\n")}`,
        );
        expect(findings).toEqual([]);
      });
    }
  });
}
