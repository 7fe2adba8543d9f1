import { oidcAuthorizationUrl } from "@/lib/sso/oidc";
import { samlAuthorizeUrl } from "@/lib/sso/saml";
import { failureRedirect } from "@/lib/sso/failure-redirect";
import { notFoundResponse, routeConnection } from "@/lib/sso/route-connection";
import { refuse } from "@/lib/sso/complete-sso-sign-in";
import { saveSignInRequest, takeSignInRequest, type SsoPurpose } from "@/lib/sso/sign-in-requests";
import { SsoFailure } from "@/lib/sso/sso-claims";
import { testResultPage } from "@/lib/sso/test-result-page";

type Params = { connectionId: string };

// Sends the browser to the IdP. `?test=<ticket>` (from the console's "Test sign-in") reports
// the result instead of signing in; the ticket is single-use and names this connection.
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const found = await routeConnection(request, (await params).connectionId);
  if (!found) return notFoundResponse();
  const { connection, urls, origin, meta } = found;
  const url = new URL(request.url);
  if (!found.onCanonicalHost) return Response.redirect(`${urls.startUrl}${url.search}`, 303);
  let purpose: SsoPurpose = "sign_in";
  const ticket = url.searchParams.get("test");
  if (ticket) {
    const row = await takeSignInRequest(connection, `test:${ticket}`);
    if (!row) return testResultPage({ ok: false, reason: "test_link_expired" });
    purpose = "test";
  }
  try {
    if (connection.type === "saml") return Response.redirect(await samlAuthorizeUrl(connection, urls, purpose), 303);
    const start = await oidcAuthorizationUrl(connection, urls.callbackUrl);
    await saveSignInRequest(connection, start.state, { nonce: start.nonce, codeVerifier: start.codeVerifier, purpose });
    return Response.redirect(start.url, 303);
  } catch (error) {
    const failure = error instanceof SsoFailure ? error : new SsoFailure("idp_unreachable", (error as Error)?.message);
    await refuse(connection, null, meta, failure);
    return purpose === "test"
      ? testResultPage({ ok: false, reason: failure.reason, detail: failure.detail })
      : failureRedirect(origin, failure.reason);
  }
}
