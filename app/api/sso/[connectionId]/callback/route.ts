import { handleSsoResult } from "@/lib/sso/handle-sso-result";
import { oidcClaims } from "@/lib/sso/oidc";
import { notFoundResponse, routeConnection } from "@/lib/sso/route-connection";
import { takeSignInRequest } from "@/lib/sso/sign-in-requests";
import { SsoFailure } from "@/lib/sso/sso-claims";

type Params = { connectionId: string };

// The OIDC redirect back: the state names the sign-in in flight (taken once), whose nonce and
// PKCE verifier openid-client checks the code and the ID token against.
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const found = await routeConnection(request, (await params).connectionId);
  if (!found || found.connection.type !== "oidc" || !found.onCanonicalHost) return notFoundResponse();
  const { connection, urls, origin, meta } = found;
  const url = new URL(request.url);
  const pending = await takeSignInRequest(connection, url.searchParams.get("state") ?? "");
  if (!pending?.nonce || !pending.codeVerifier)
    return handleSsoResult(connection, origin, meta, {
      failure: new SsoFailure("oidc_wrong_state"),
      purpose: "sign_in",
    });
  // The URL the IdP redirected to, on the public host (behind a proxy request.url may differ).
  const current = new URL(`${urls.callbackUrl}${url.search}`);
  try {
    const claims = await oidcClaims(connection, current, {
      state: pending.key,
      nonce: pending.nonce,
      codeVerifier: pending.codeVerifier,
    });
    return handleSsoResult(connection, origin, meta, { claims, purpose: pending.purpose });
  } catch (error) {
    if (!(error instanceof SsoFailure)) throw error;
    return handleSsoResult(connection, origin, meta, { failure: error, purpose: pending.purpose });
  }
}
