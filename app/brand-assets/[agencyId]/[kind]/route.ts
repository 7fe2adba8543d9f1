import { getBrandAsset } from "@/lib/dal/agencies/get-brand-asset";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-handler";

type Params = { agencyId: string; kind: string };

/**
 * Serves an agency's logo or favicon on every host (proxy.ts leaves /brand-assets/ alone).
 * URLs carry ?v=<file name>: a request for the current version may be cached for good, since a
 * new upload gets a new name; anything else is revalidated after five minutes.
 */
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const { agencyId, kind } = await params;
  const asset = await getBrandAsset(agencyId, kind).catch((error: unknown) => {
    if (error instanceof AppError) return error;
    throw error;
  });
  // The object store is down: 503 in the API's error shape, which no cache may keep.
  if (asset instanceof AppError) {
    const response = errorResponse(asset);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  if (!asset)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const etag = `"${asset.name}"`;
  const current = new URL(request.url).searchParams.get("v") === asset.name;
  const headers = {
    "Content-Type": asset.contentType,
    "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(asset.bytes), {
    headers: { ...headers, "Content-Length": String(asset.bytes.length) },
  });
}
