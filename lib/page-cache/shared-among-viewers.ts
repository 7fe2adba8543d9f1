import "server-only";
import { createHash } from "node:crypto";
import type { PageVersions } from "@/lib/auth/load-actor";
import type { ClientActor } from "@/lib/authz/actor";
import { viewScope } from "./page-cache-key";

type Entry = { value: Promise<unknown>; storedAt: number };

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 5 * 60_000;
// Kept on globalThis: Next may load this module more than once in a process.
const holder = globalThis as unknown as { __sharedViewData?: Map<string, Entry> };
const entries = (holder.__sharedViewData ??= new Map());

/**
 * A page's data, read once for every viewer of the client with the same view scope
 * (page-cache-key.ts: capabilities, agent scope, time zone, today, and the client's data version
 * read on this request): the second user of a client to open analytics since the last call gets
 * the first one's figures without a query, while each still gets a page of their own (the page
 * cache keys pages per viewer: they show the viewer's name). Concurrent readers share one read; a
 * failed read is forgotten. Without versions (an API key) or in a staff preview, it just reads.
 */
export function sharedAmongViewers<T>(
  actor: ClientActor,
  versions: PageVersions | undefined,
  read: string,
  params: unknown,
  load: () => Promise<T>,
): Promise<T> {
  if (!versions || actor.preview) return load();
  const key = createHash("sha256")
    .update(JSON.stringify([read, params, ...viewScope(actor, versions, new Date())]))
    .digest("base64url");
  const now = Date.now();
  const known = entries.get(key);
  if (known) entries.delete(key);
  if (known && now - known.storedAt <= MAX_AGE_MS) {
    entries.set(key, known); // most recently used last
    return known.value as Promise<T>;
  }
  const entry: Entry = { value: load(), storedAt: now };
  entries.set(key, entry);
  entry.value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  return entry.value as Promise<T>;
}
