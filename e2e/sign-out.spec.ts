import { expect, request as playwrightRequest, test } from "@playwright/test";
import { fetchFromPage, signInToConsole } from "./support/session";

test.describe("every sign-out path ends the server-side session", () => {
  test("Auth.js's own POST /api/auth/signout: the old cookie is refused afterwards, and the logout is audited", async ({
    page,
    context,
    baseURL,
  }) => {
    await signInToConsole(page, baseURL, "manager@acme.test");
    const session = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(session, "session cookie").toBeTruthy();

    // Auth.js's CSRF double-submit: the token from /api/auth/csrf with its cookie, as its own page does.
    const { csrfToken } = await (await page.request.get(`${baseURL}/api/auth/csrf`)).json();
    const signedOut = await page.request.post(`${baseURL}/api/auth/signout`, {
      form: { csrfToken, callbackUrl: `${baseURL}/login` },
      maxRedirects: 0,
    });
    expect(signedOut.status()).toBe(302);

    // Someone who kept a copy of the cookie (another tab, a proxy log, a stolen laptop).
    const replay = await playwrightRequest.newContext({
      extraHTTPHeaders: { cookie: `authjs.session-token=${session!.value}` },
    });
    const me = await replay.get(`${baseURL}/api/v1/me`);
    expect(me.status()).toBe(401);
    await replay.dispose();

    const owner = await (await page.context().browser()!.newContext()).newPage();
    await signInToConsole(owner, baseURL, "owner@acme.test");
    const { json } = await fetchFromPage(owner, "/api/v1/audit-events?action=logout&limit=1");
    expect(json.items[0]).toMatchObject({ action: "logout", actor: { type: "user", email: "manager@acme.test" } });
  });
});
