import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { portalUrl, signIn } from "./session";

/**
 * Every page of each shell, in the order one person can reach them in one session: the
 * signed-out pages first, then sign in, then each section and one detail page of each list.
 * A detail path is "list>link selector": the first matching link on the list page is followed.
 */
export type Shell = { name: string; origin: string; signedOut: string[]; email: string; signedIn: string[] };

export function consoleShell(baseURL: string | undefined): Shell {
  return {
    name: "console",
    origin: baseURL ?? "",
    signedOut: [
      "/login",
      "/signup",
      "/forgot-password",
      "/reset-password?token=unknown",
      "/accept-invite?token=unknown",
    ],
    email: "owner@acme.test",
    signedIn: [
      "/agency",
      "/agency/clients",
      "/agency/clients>a[href^='/agency/clients/']",
      "/agency/team",
      "/agency/audit",
      "/agency/settings/client-defaults",
      "/agency/settings/branding",
      "/agency/settings/domains",
      "/agency/settings/audit",
    ],
  };
}

export function portalShell(baseURL: string | undefined): Shell {
  return {
    name: "portal",
    origin: portalUrl(baseURL, "acme"),
    signedOut: ["/login", "/forgot-password", "/reset-password?token=unknown", "/accept-invite?token=unknown"],
    email: "admin@summitlegal.test",
    signedIn: [
      "/",
      "/calls",
      "/calls>a[href^='/calls/']",
      "/agents",
      "/agents>a[href^='/agents/']",
      "/analytics",
      "/billing",
      "/billing>a[href^='/billing/invoices/']",
      "/integrations",
      "/team",
      "/access-log",
    ],
  };
}

/** The client pages of one console client, reached from its overview. */
export const CONSOLE_CLIENT_TABS = ["permissions", "users", "preview"];

async function settle(page: Page) {
  // Charts and tables render on the client: measure what the person sees once the page is idle.
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main").first()).toBeVisible();
}

async function open(page: Page, origin: string, path: string): Promise<string> {
  const [list, selector] = path.split(">");
  await page.goto(`${origin}${list}`);
  if (selector) {
    const href = await page.locator(`main ${selector}`).first().getAttribute("href");
    expect(href, `${list} links to a detail page`).toBeTruthy();
    await page.goto(`${origin}${href}`);
  }
  await settle(page);
  return new URL(page.url()).pathname;
}

/** Visits every page of the shell, signing in half-way, and runs `check` on each. */
export async function sweepShell(page: Page, shell: Shell, check: (path: string) => Promise<void>) {
  for (const path of shell.signedOut) await check(await open(page, shell.origin, path));
  await signIn(page, shell.origin, shell.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  for (const path of shell.signedIn) {
    const reached = await open(page, shell.origin, path);
    await check(reached);
    // A console client's own tabs hang off its overview page.
    if (shell.name === "console" && /^\/agency\/clients\/[^/]+$/.test(reached)) {
      for (const tab of CONSOLE_CLIENT_TABS) await check(await open(page, shell.origin, `${reached}/${tab}`));
    }
  }
}

/** The page is no wider than the screen: nothing needs sideways scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export type AxeFinding = { path: string; id: string; impact: string; nodes: number; sample: string };

/** Serious and critical WCAG 2.x A/AA findings of axe-core on the current page. */
export async function seriousAxeFindings(page: Page, path: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      path,
      id: v.id,
      impact: v.impact!,
      nodes: v.nodes.length,
      sample: v.nodes[0]?.target.join(" ") ?? "",
    }));
}
