/** A rendered page as it left Next: the body split where the render's CSP nonce stood. */
export type StoredPage = {
  status: number;
  headers: [string, string][];
  /** The body around each occurrence of the nonce; joined with a fresh nonce when served. */
  parts: Buffer[];
  nonce: string | null;
  bytes: number;
  storedAt: number;
};

export type PageCacheStats = {
  hits: number;
  misses: number;
  bypasses: number;
  stored: number;
  evicted: number;
  entries: number;
  bytes: number;
};

/**
 * Least recently used pages up to a byte budget, each for at most `maxAgeMs`. Only the key
 * decides what a viewer gets (lib/page-cache/page-cache-key.ts): the versions in it come from
 * PostgreSQL on every request, so an entry of an old version is simply never asked for again on
 * any instance, and falls out of the budget. The age limit only bounds figures that move with the
 * clock within a day (an agent's calls over the last rolling 30 days).
 */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private total = 0;
  readonly stats: Omit<PageCacheStats, "entries" | "bytes"> = {
    hits: 0,
    misses: 0,
    bypasses: 0,
    stored: 0,
    evicted: 0,
  };

  constructor(
    readonly budgetBytes: number,
    readonly maxAgeMs: number,
  ) {}

  get(key: string, now: number): StoredPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    this.pages.delete(key);
    if (now - page.storedAt > this.maxAgeMs) {
      this.total -= page.bytes;
      return null;
    }
    this.pages.set(key, page); // most recently used last
    return page;
  }

  set(key: string, page: StoredPage) {
    // One page may not take more than an eighth of the budget: a huge page would evict the rest.
    if (page.bytes > this.budgetBytes / 8) return;
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.total -= old.bytes;
    }
    this.pages.set(key, page);
    this.total += page.bytes;
    this.stats.stored++;
    for (const [oldest, entry] of this.pages) {
      if (this.total <= this.budgetBytes) break;
      this.pages.delete(oldest);
      this.total -= entry.bytes;
      this.stats.evicted++;
    }
  }

  snapshot(): PageCacheStats {
    return { ...this.stats, entries: this.pages.size, bytes: this.total };
  }
}
