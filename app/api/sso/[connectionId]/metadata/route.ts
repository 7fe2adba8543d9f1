import { notFoundResponse, routeConnection } from "@/lib/sso/route-connection";
import { samlMetadata } from "@/lib/sso/saml";

type Params = { connectionId: string };

// The SP metadata to give the IdP: entity id and ACS on the tenant's own host.
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const found = await routeConnection(request, (await params).connectionId);
  if (!found || found.connection.type !== "saml" || !found.onCanonicalHost) return notFoundResponse();
  return new Response(samlMetadata(found.connection, found.urls), {
    headers: { "content-type": "application/samlmetadata+xml; charset=utf-8", "cache-control": "no-store" },
  });
}
