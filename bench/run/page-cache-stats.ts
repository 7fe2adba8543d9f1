import { request } from "./http";

export type PageCacheCounters = { hits: number; misses: number };

/** The server's page cache counters (`/bench-baseline/page-cache`, BENCH_BASELINE=1 only), or null. */
export async function pageCacheStats(port: number, host: string): Promise<PageCacheCounters | null> {
  try {
    const reply = await request({ port, host, path: "/bench-baseline/page-cache" });
    if (reply.status !== 200) return null;
    const stats = JSON.parse(reply.body.toString("utf8")) as Partial<PageCacheCounters>;
    return typeof stats.hits === "number" && typeof stats.misses === "number"
      ? { hits: stats.hits, misses: stats.misses }
      : null;
  } catch {
    return null;
  }
}

/** Hits ÷ lookups between two readings; null when the target never looked in the cache. */
export function hitRate(before: PageCacheCounters | null, after: PageCacheCounters | null): number | null {
  if (!before || !after) return null;
  const hits = after.hits - before.hits;
  const lookups = hits + after.misses - before.misses;
  return lookups > 0 ? hits / lookups : null;
}
