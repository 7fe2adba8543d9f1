import { NextResponse, type NextRequest } from "next/server";
import { classifyHost, hostSettingsFromEnv } from "@/lib/hosts";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

// Paths a signed-out visitor may open on either host.
const PUBLIC_PATHS = ["/login", "/signup", "/accept-invite", "/reset-password", "/forgot-password", "/preview"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Routes by Host and redirects signed-out visitors to sign-in. It grants nothing: a cookie that
 * merely exists gets through here, and every page, action and route checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { appHost, portalRootDomain } = hostSettingsFromEnv();
  const host = classifyHost(request.headers.get("host"), appHost, portalRootDomain);
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  if (pathname.startsWith("/api/")) return NextResponse.next();
  // The portal tree is only reachable through a portal host.
  if (pathname === "/portal" || pathname.startsWith("/portal/")) return new NextResponse("Not found", { status: 404 });

  if (host.kind === "app") {
    if (pathname.startsWith("/agency") && !hasCookie) return redirectToLogin(request, pathname + search);
    return NextResponse.next();
  }
  if (!isPublic && !hasCookie) return redirectToLogin(request, pathname + search);
  const target = request.nextUrl.clone();
  target.pathname = `/portal/${encodeURIComponent(request.headers.get("host") ?? "")}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(target);
}

function redirectToLogin(request: NextRequest, requested: string) {
  const url = request.nextUrl.clone();
  // A request path such as //evil.test would come back from sign-in as a URL of another host.
  const next = safeRedirectPath(requested, request.nextUrl.origin);
  url.pathname = "/login";
  url.search = next && next !== "/" ? `?next=${encodeURIComponent(next)}` : "";
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|brand-assets/).*)"],
};
