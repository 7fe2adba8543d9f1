/**
 * SCIM pages by `startIndex`, which is an offset. IdPs walk pages in order, so the last id of each
 * page is remembered under (directory, query, next startIndex): the next page is then a keyset
 * read (`id > last`) on an index, as fast at page 100 as at page 1. A page asked for out of order
 * (or on another instance) falls back to OFFSET, which is correct, only slower.
 */
const MAX = 2_000;
const cursors = new Map<string, string>();

export function cursorFor(key: string, startIndex: number): string | undefined {
  return cursors.get(`${key}#${startIndex}`);
}

export function rememberCursor(key: string, nextStartIndex: number, lastId: string) {
  const k = `${key}#${nextStartIndex}`;
  cursors.delete(k);
  cursors.set(k, lastId);
  if (cursors.size > MAX) cursors.delete(cursors.keys().next().value!);
}

export type Paging = { startIndex: number; count: number };

export function pagingOf(url: URL): Paging {
  const start = Number.parseInt(url.searchParams.get("startIndex") ?? "1", 10);
  const count = Number.parseInt(url.searchParams.get("count") ?? "100", 10);
  return {
    startIndex: Number.isFinite(start) && start >= 1 ? start : 1,
    count: Number.isFinite(count) ? Math.min(Math.max(count, 0), 1000) : 100,
  };
}
