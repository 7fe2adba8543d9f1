import { AppError } from "@/lib/errors";
import { requestOrigin } from "./request-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The one gate every /api/v1 handler passes before its verb runs (lib/http/api-handler.ts):
 *
 * - Origin: a browser attaches the session cookie to a request any other site makes, so a
 *   state-changing request that carries cookies must come from a page of the host it was sent
 *   to (console, portal host or custom domain). Browsers always send Origin on such requests; a
 *   missing or foreign one is refused (SPEC §12).
 * - JSON only: form and text/plain bodies are what a cross-site page can send without a CORS
 *   preflight, and no route here takes them.
 *
 * Seam for API keys: a request with no Cookie header cannot be authenticated by a session, so
 * the Origin rule does not apply to it (`Authorization: Bearer`, a later issue). A request that
 * carries a cookie is always checked, whatever else it carries.
 */
export function gateRequest(request: Request, appUrl: URL): AppError | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (carriesCookies(request)) {
    const origin = request.headers.get("origin");
    const expected = requestOrigin(request.headers, request.url, appUrl);
    if (!origin || origin.toLowerCase() !== expected) {
      return new AppError(
        "forbidden_origin",
        origin
          ? "This request came from another site and was refused. Use the page on this host."
          : "This request has no Origin header and was refused. Send it from a page on this host.",
      );
    }
  }
  if (hasBody(request) && !isJson(request.headers.get("content-type"))) {
    return new AppError("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.");
  }
  return null;
}

/** Whether the Origin rule applies: any cookie, not only the session's, so no cookie name is missed. */
export function carriesCookies(request: Request): boolean {
  return !!request.headers.get("cookie")?.trim();
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return Number(length) !== 0;
  return request.headers.has("transfer-encoding");
}

// application/json, or a structured +json type (neither can be sent cross-site without a preflight).
function isJson(contentType: string | null): boolean {
  const media = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return media === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}
