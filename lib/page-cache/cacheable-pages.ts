import type { ClientCapability } from "@/lib/authz/client-roles";

/**
 * The portal pages whose rendering the page cache keeps, with the capability each needs (null:
 * any signed-in client user). These are the pages every user of a client opens and that only
 * read what the cache key covers (lib/page-cache/page-cache-key.ts): the overview, analytics and
 * the calls list. Pages that write on view (a call's transcript is audited on every reading)
 * or read other people's rows (team, access log) are always rendered.
 */
const CACHEABLE: ReadonlyMap<string, ClientCapability | null> = new Map([
  ["/", null],
  ["/analytics", "analytics.read"],
  ["/calls", "calls.read"],
]);

export function cacheablePage(pathname: string): { capability: ClientCapability | null } | null {
  const capability = CACHEABLE.get(pathname);
  return capability === undefined ? null : { capability };
}
