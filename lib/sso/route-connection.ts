import "server-only";
import { withTenant } from "@/db/tenant";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { connectionOrigin, connectionUrls } from "./connection-urls";
import { findConnectionForHost } from "./find-connection";

/**
 * The connection a /api/sso/{id}/… request names, on its own host, with its URLs (the ones the
 * IdP was given: the console, or the portal's canonical host). Null = 404.
 */
export async function routeConnection(request: Request, id: string) {
  const meta = metaFromHeaders(request.headers);
  const connection = await findConnectionForHost(id, meta.host);
  if (!connection) return null;
  const origin = await withTenant(connection.agencyId, (tx) =>
    connectionOrigin(tx, connection.agencyId, connection.clientId),
  );
  const onCanonicalHost = new URL(origin).host === (meta.host ?? "").toLowerCase();
  return { connection, origin, onCanonicalHost, urls: connectionUrls(origin, connection.id), meta };
}

export const notFoundResponse = () =>
  Response.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
