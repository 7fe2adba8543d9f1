import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getConfig } from "@/lib/config";
import { PageStore, type PageCacheStats } from "./page-store";
import { servePortalPage } from "./serve-portal-page";

export type PageCacheHook = {
  serve: (req: IncomingMessage, res: ServerResponse, render: () => Promise<void>) => Promise<void>;
  stats: () => PageCacheStats;
};

const HOOK = Symbol.for("app.page-cache");
const MAX_AGE_MS = 5 * 60_000;

/**
 * Puts the page cache in front of Next (scripts/server.mjs calls it for every request). Each
 * instance keeps its own pages in memory: what decides a hit is the key, whose versions every
 * request reads from PostgreSQL, so no instance can serve a page another has invalidated and
 * nothing needs to be told across instances. Off in development and with PAGE_CACHE_MB=0.
 */
export function installPageCache() {
  const { isProduction, pageCacheBytes } = getConfig();
  if (!isProduction || pageCacheBytes === 0) return;
  const store = new PageStore(pageCacheBytes, MAX_AGE_MS);
  const hook: PageCacheHook = {
    serve: (req, res, render) => servePortalPage(store, req, res, render),
    stats: () => store.snapshot(),
  };
  (globalThis as Record<symbol, unknown>)[HOOK] = hook;
}

/** The running instance's counters, or null when the cache is off. */
export function pageCacheStats(): PageCacheStats | null {
  const hook = (globalThis as Record<symbol, PageCacheHook | undefined>)[HOOK];
  return hook ? hook.stats() : null;
}
