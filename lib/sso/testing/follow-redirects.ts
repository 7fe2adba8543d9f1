/**
 * Plays a browser through an IdP's redirects without a browser: follows `Location` headers from
 * `startUrl`, keeping each host's cookies (the provider's interaction cookies), and stops at the first
 * redirect whose target starts with `until` (the SP's callback), which it returns without fetching.
 * For integration tests that drive a whole OIDC sign-in through `startOidcProvider`. Pass the same
 * `jar` to several calls to play one browser that keeps the provider's cookies between sign-ins.
 */
export type CookieJar = Map<string, Map<string, string>>;

export async function followRedirects(startUrl: string, until: string, jar: CookieJar = new Map()): Promise<URL> {
  const maxHops = 12;
  let url = new URL(startUrl);
  for (let hop = 0; hop < maxHops; hop++) {
    if (url.href.startsWith(until)) return url;
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    jar.set(url.host, cookies);
    const response = await fetch(url, {
      redirect: "manual",
      headers: cookies.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {},
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`Stopped at ${url.href} with ${response.status}: ${(await response.text()).slice(0, 3000)}`);
    }
    url = new URL(location, url);
  }
  throw new Error(`More than ${maxHops} redirects from ${startUrl}`);
}
