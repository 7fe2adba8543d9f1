import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { actorResultOf } from "@/lib/auth/current-actor";
import { preloadActor } from "@/lib/auth/preloaded-actor";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { getConfig } from "@/lib/config";
import { classifyHost } from "@/lib/hosts";
import { newNonce } from "@/lib/http/security-headers";
import { cacheablePage } from "./cacheable-pages";
import { pageCacheKey } from "./page-cache-key";
import type { PageStore, StoredPage } from "./page-store";
import { joinAround, recordPage } from "./record-page";

/**
 * Runs in front of Next for every request (scripts/server.mjs). For a cacheable portal page it
 * authenticates exactly as the page would — the session row, the user, the client and the
 * capability, read from PostgreSQL on this request — and only then looks for the page. Anything
 * it cannot vouch for (no or bad session, suspended portal, a section the viewer may not open,
 * a staff preview, another host) goes to Next untouched, which answers it as always: sign-in,
 * notice or 404. A hard reload (`Cache-Control` or `Pragma: no-cache`) renders afresh.
 */
export async function servePortalPage(
  store: PageStore,
  req: IncomingMessage,
  res: ServerResponse,
  render: () => Promise<void>,
): Promise<void> {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const page = req.method === "GET" ? cacheablePage(query === -1 ? url : url.slice(0, query)) : null;
  if (!page || !req.headers.cookie) return render();
  const config = getConfig();
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const meta = metaFromHeaders(headers);
  if (classifyHost(meta.host, config.appHost, config.portalRootDomain).kind === "app") return render();

  let result;
  try {
    result = await actorResultOf(headers);
  } catch (error) {
    console.error("[page-cache] could not check the session; rendering", error);
    return render();
  }
  // The page renders for this very actor: the key below is built from it.
  res.once("close", preloadActor(req.headers, result));
  if (!result.ok || result.actor.kind !== "client" || result.actor.preview || !result.versions) return render();
  const actor = result.actor;
  if (page.capability && !actor.resolved.capabilities.has(page.capability)) return render();
  if (/\bno-cache\b/i.test(`${req.headers["cache-control"] ?? ""} ${req.headers.pragma ?? ""}`)) {
    store.stats.bypasses++;
    res.setHeader("x-cache", "bypass");
    return render();
  }

  const key = pageCacheKey({ host: meta.host ?? "", url, headers: req.headers }, actor, result.versions, new Date());
  const stored = store.get(key, Date.now());
  if (stored) {
    store.stats.hits++;
    return sendStored(res, stored);
  }
  store.stats.misses++;
  res.setHeader("x-cache", "miss");
  // Kept as sent and sent again with a new nonce, so kept uncompressed.
  delete req.headers["accept-encoding"];
  recordPage(res, (rendered) => store.set(key, rendered));
  return render();
}

/** A stored page with a fresh CSP nonce in its policy and wherever the render's nonce stood. */
function sendStored(res: ServerResponse, page: StoredPage) {
  const nonce = page.nonce ? newNonce() : null;
  const body = nonce ? joinAround(page.parts, Buffer.from(nonce)) : page.parts[0];
  res.statusCode = page.status;
  // The nonce also stands in the policy and in Link preload headers.
  for (const [name, value] of page.headers)
    res.appendHeader(name, nonce ? value.replaceAll(page.nonce!, nonce) : value);
  res.setHeader("content-length", body.length);
  res.setHeader("x-cache", "hit");
  res.end(body);
}
