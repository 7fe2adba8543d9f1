/**
 * Host routing, shared by proxy.ts and the server: pure string work, no database.
 * "localhost:3000" is the console; "acme.localhost:3000" is Acme's portal; any other host may be
 * a custom domain, which only the database can confirm.
 */
export type HostKind = { kind: "app" } | { kind: "portal"; slug: string } | { kind: "custom"; host: string };

export function classifyHost(rawHost: string | null, appHost: string, portalRootDomain: string): HostKind {
  const host = (rawHost ?? "").toLowerCase();
  if (!host || host === appHost.toLowerCase()) return { kind: "app" };
  const root = portalRootDomain.toLowerCase();
  if (host.endsWith(`.${root}`)) {
    const slug = host.slice(0, -(root.length + 1));
    if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(slug)) return { kind: "portal", slug };
  }
  return { kind: "custom", host };
}

export function portalOrigin(slug: string, appUrl: URL, portalRootDomain: string): string {
  return `${appUrl.protocol}//${slug}.${portalRootDomain}`;
}

/** App host and portal root from the environment, without loading the full config (proxy-safe). */
export function hostSettingsFromEnv() {
  const appUrl = new URL(process.env.APP_URL || "http://localhost:3000");
  return { appHost: appUrl.host, portalRootDomain: process.env.PORTAL_ROOT_DOMAIN || appUrl.host };
}
