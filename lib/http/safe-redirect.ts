// Where the browser may be sent after sign-in (or any step that takes a target from a URL or a
// form). Hand-written on the WHATWG URL parser — the one browsers use — rather than with a
// string check: the attacks live in the gap between what a check reads and what the browser
// parses. `/\t/evil.test` passed "starts with / and not //", and the parser drops the tab and
// reads `//evil.test`, another host. So the target is parsed exactly as a browser would, against
// our own origin, and only the path of what came out is kept.

// C0 controls and spaces (the parser strips tab, CR and LF anywhere and spaces at the ends), any
// other whitespace, DEL and C1 controls, and the backslash (a slash to the parser in http(s)
// URLs). A legitimate target arrives percent-encoded and never holds one raw.
const REFUSED = /[\s\u0000-\u001f\u007f-\u009f\\]/;

/** The fixed origin a path is re-read against: if it leaves this one, it would leave any. */
const PROBE_ORIGIN = "http://redirect-probe.invalid";

/**
 * `target` as a same-origin path + query + fragment, or null when it is not one. `origin` is the
 * origin the browser is on (e.g. "http://acme.localhost:3000"); an absolute URL on that same
 * origin is accepted and reduced to its path.
 */
export function safeRedirectPath(target: unknown, origin: string): string | null {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return null;
  if (REFUSED.test(target)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username || url.password) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/..//evil` resolves to the path `//evil`: same origin here, but sent on as a path it is a
  // scheme-relative URL to another host. Whatever we hand out must stay home when re-parsed.
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  if (new URL(path, PROBE_ORIGIN).origin !== PROBE_ORIGIN) return null;
  return path;
}

/** The same, with a fallback path for anything refused. */
export function redirectPathOr(target: unknown, origin: string, fallback: string): string {
  return safeRedirectPath(target, origin) ?? fallback;
}
