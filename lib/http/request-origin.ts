/**
 * The origin a request was made to, from its own headers: the host is the one the actor loader
 * and the portal routing read (X-Forwarded-Host, else Host), the scheme is https when the
 * deployment says so (APP_URL) or the connection was (X-Forwarded-Proto, which `next start` fills
 * from the socket and a TLS-terminating proxy sets). Pure and proxy-safe: no config, no database.
 */
export function servedOverHttps(headers: Headers, appUrl: URL): boolean {
  if (appUrl.protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Serialised as browsers send Origin: lower case, no default port; null for a host no URL can have. */
export function requestOrigin(headers: Headers, requestUrl: string, appUrl: URL): string | null {
  const host = (
    headers.get("x-forwarded-host")?.split(",")[0] ??
    headers.get("host") ??
    new URL(requestUrl).host
  ).trim();
  if (!host || /[/?#@\\\s]/.test(host)) return null;
  try {
    return new URL(`${servedOverHttps(headers, appUrl) ? "https" : "http"}://${host}`).origin;
  } catch {
    return null;
  }
}
