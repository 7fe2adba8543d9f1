import { NextResponse, type NextRequest } from "next/server";
import { classifyHost, hostSettingsFromEnv } from "@/lib/hosts";
import { servedOverHttps } from "@/lib/http/request-origin";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

// Paths a signed-out visitor may open on either host.
const PUBLIC_PATHS = ["/login", "/signup", "/accept-invite", "/reset-password", "/forgot-password", "/preview"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Sets the security headers of every response it sees, once (lib/http/security-headers.ts): pages
 * get a CSP with a fresh nonce, passed to Next in the request's own CSP header so Next puts it on
 * its scripts, and as `x-nonce` for the layout (next-themes' inline script).
 */
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers, new URL(process.env.APP_URL || "http://localhost:3000"));
  const requestHeaders = new Headers(request.headers);
  let csp: string | null = null;
  if (!request.nextUrl.pathname.startsWith("/api/")) {
    const nonce = newNonce();
    csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
  }
  const response = route(request, requestHeaders);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) response.headers.set(name, value);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Routes by Host and redirects signed-out visitors to sign-in. It grants nothing: a cookie that
 * merely exists gets through here, and every page, action and route checks the session itself.
 */
function route(request: NextRequest, requestHeaders: Headers) {
  const { pathname, search } = request.nextUrl;
  const { appHost, portalRootDomain } = hostSettingsFromEnv();
  const host = classifyHost(request.headers.get("host"), appHost, portalRootDomain);
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  if (pathname.startsWith("/api/")) return NextResponse.next();
  // robots.txt answers by host, signed in or not: a portal is never to be indexed
  // (public/robots.txt), the console only at its sign-in and sign-up pages (public/console-robots.txt).
  if (pathname === "/robots.txt") {
    return host.kind === "app"
      ? NextResponse.rewrite(new URL("/console-robots.txt", request.url))
      : NextResponse.next();
  }
  // The portal tree is only reachable through a portal host.
  if (pathname === "/portal" || pathname.startsWith("/portal/")) return new NextResponse("Not found", { status: 404 });

  if (host.kind === "app") {
    if (pathname.startsWith("/agency") && !hasCookie) return redirectToLogin(request, pathname + search);
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (!isPublic && !hasCookie) return redirectToLogin(request, pathname + search);
  const target = request.nextUrl.clone();
  target.pathname = `/portal/${encodeURIComponent(request.headers.get("host") ?? "")}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(target, { request: { headers: requestHeaders } });
}

function redirectToLogin(request: NextRequest, requested: string) {
  const url = request.nextUrl.clone();
  // A request path such as //evil.test would come back from sign-in as a URL of another host.
  const next = safeRedirectPath(requested, request.nextUrl.origin);
  url.pathname = "/login";
  url.search = next && next !== "/" ? `?next=${encodeURIComponent(next)}` : "";
  return NextResponse.redirect(url);
}

// Static build files and /brand-assets (which sends its own sandboxing CSP and nosniff) skip the
// proxy; HSTS reaches the browser with the host's pages.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|brand-assets/).*)"],
};
