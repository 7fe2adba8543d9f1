import { describe, expect, it } from "vitest";
import { PageStore, type StoredPage } from "./page-store";

const page = (bytes: number, storedAt = 0): StoredPage => ({
  status: 200,
  headers: [],
  parts: [Buffer.alloc(bytes)],
  nonce: null,
  bytes,
  storedAt,
});

describe("PageStore", () => {
  it("evicts the least recently used pages past its byte budget", () => {
    const store = new PageStore(800, 60_000);
    store.set("a", page(100));
    store.set("b", page(100));
    store.set("c", page(100));
    expect(store.get("a", 0)).not.toBeNull(); // a is now the most recently used
    for (const key of ["d", "e", "f", "g", "h", "i"]) store.set(key, page(100));
    expect(store.get("b", 0)).toBeNull();
    expect(store.get("a", 0)).not.toBeNull();
    expect(store.snapshot()).toMatchObject({ entries: 8, bytes: 800, evicted: 1 });
  });

  it("forgets a page after its maximum age", () => {
    const store = new PageStore(10_000, 1_000);
    store.set("a", page(100, 5_000));
    expect(store.get("a", 5_900)).not.toBeNull();
    expect(store.get("a", 6_001)).toBeNull();
    expect(store.snapshot()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it("keeps no page larger than an eighth of the budget, and replaces a page under the same key", () => {
    const store = new PageStore(800, 60_000);
    store.set("big", page(101));
    expect(store.get("big", 0)).toBeNull();
    store.set("a", page(50));
    store.set("a", page(70));
    expect(store.snapshot()).toMatchObject({ entries: 1, bytes: 70 });
  });
});
