import { handleSsoResult } from "@/lib/sso/handle-sso-result";
import { notFoundResponse, routeConnection } from "@/lib/sso/route-connection";
import { samlClaims } from "@/lib/sso/saml";
import { SsoFailure } from "@/lib/sso/sso-claims";

type Params = { connectionId: string };

// The SAML Assertion Consumer Service (HTTP-POST binding). The IdP's form post is cross-site by
// design, so no Origin check here: the signed assertion and its InResponseTo are the proof.
export async function POST(request: Request, { params }: { params: Promise<Params> }) {
  const found = await routeConnection(request, (await params).connectionId);
  if (!found || found.connection.type !== "saml" || !found.onCanonicalHost) return notFoundResponse();
  const { connection, urls, origin, meta } = found;
  let samlResponse = "";
  try {
    const form = await request.formData();
    const value = form.get("SAMLResponse");
    samlResponse = typeof value === "string" ? value : "";
  } catch {
    samlResponse = "";
  }
  if (!samlResponse || samlResponse.length > 1_000_000)
    return handleSsoResult(connection, origin, meta, {
      failure: new SsoFailure("saml_no_response"),
      purpose: "sign_in",
    });
  try {
    return handleSsoResult(connection, origin, meta, await samlClaims(connection, urls, samlResponse));
  } catch (error) {
    if (!(error instanceof SsoFailure)) throw error;
    return handleSsoResult(connection, origin, meta, { failure: error, purpose: error.purpose ?? "sign_in" });
  }
}
