import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "demo-portal-2026";

/** "http://localhost:3100" → "http://acme.localhost:3100": the agency's portal origin. */
export function portalUrl(baseURL: string | undefined, slug: string): string {
  const url = new URL(baseURL ?? "http://localhost:3100");
  return `${url.protocol}//${slug}.${url.host}`;
}

/** Signs in through the form, as a person does. */
export async function signIn(page: Page, origin: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInToConsole(page: Page, baseURL: string | undefined, email: string) {
  await signIn(page, baseURL ?? "", email);
  await expect(page).toHaveURL(/\/agency/);
}

export async function signInToPortal(page: Page, baseURL: string | undefined, email: string, slug = "acme") {
  const origin = portalUrl(baseURL, slug);
  await signIn(page, origin, email);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return origin;
}

/**
 * Calls the API from inside the page, with its cookies and host. Node cannot resolve
 * *.localhost here, so portal-host requests go through the browser, as a person's would.
 */
export async function fetchFromPage(page: Page, path: string, init?: { method?: string; body?: unknown }) {
  return page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(path, {
        method: init?.method ?? "GET",
        headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
        body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {}
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON shapes
      return { status: res.status, json: json as any, text, headers: Object.fromEntries(res.headers.entries()) };
    },
    { path, init },
  );
}

/**
 * The Origin a browser sends with its own state-changing requests. Playwright's request API sends
 * none, and the API refuses a cookie-carrying POST/PUT/PATCH/DELETE without the host's own.
 */
export function sameOrigin(origin: string | undefined): { origin: string } {
  return { origin: new URL(origin ?? "http://localhost:3100").origin };
}
