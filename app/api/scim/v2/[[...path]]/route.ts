import { handleScimRequest } from "@/lib/scim/handle-request";

// SCIM 2.0 (RFC 7644) on the tenant's host: authenticated by the directory's bearer token, never by
// a cookie, so the /api/v1 origin gate does not apply; answers are application/scim+json.
type Context = { params: Promise<{ path?: string[] }> };

const handle = async (request: Request, context: Context) =>
  handleScimRequest(request, (await context.params).path ?? []);

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
