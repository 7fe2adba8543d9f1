/**
 * The security headers every response the proxy sees carries (proxy.ts), pure so they are
 * unit-tested. Route handlers add `Cache-Control: private, no-store` themselves (api-handler.ts).
 */

/** A fresh, unguessable nonce for one page render (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The page CSP. Scripts: only those carrying this render's nonce (Next puts it on its own scripts
 * when it finds it in the request's CSP header; next-themes gets it as a prop), and what they load
 * ('strict-dynamic'), so an injected <script> or inline handler does not run.
 * Styles need 'unsafe-inline': React `style` attributes (the brand colour variables on <body>,
 * recharts' SVG, Radix popper positions, sonner) cannot carry a nonce, and a style cannot run
 * code. `next dev` evaluates modules with eval() and talks to its HMR websocket.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Logos and favicons are served from our own /brand-assets; an agency without one gets "data:,".
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Headers for every response, pages and API alike.
 * - nosniff: an upload or a JSON answer is never run as a script or rendered as HTML.
 * - Referrer-Policy `same-origin`: invitation and password-reset tokens travel in URLs and must
 *   never reach another site in a Referer. Not `no-referrer`: under it browsers send `Origin: null`
 *   on same-origin POSTs, which the API's Origin check (and Next's server actions) would refuse.
 * - HSTS only over https (over http browsers ignore it, and it would lock a plain-http setup out of
 *   nothing). Without includeSubDomains: a console host's header must not force https on every
 *   other subdomain of the agency's or operator's domain; each portal host sends its own.
 */
export function baseSecurityHeaders(opts: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    ...(opts.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
