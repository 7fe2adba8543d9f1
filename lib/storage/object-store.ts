import type { Readable } from "node:stream";
import { storageUnavailable } from "@/lib/errors";

/**
 * Every file the app keeps (recordings, logos and favicons, signed audit checkpoints) goes
 * through this: local files under DATA_DIR by default, an S3-compatible bucket with STORAGE_URL.
 * Keys are relative paths ("recordings/pool-95s-8t.wav", "brand/{agencyId}/logo-….png"), the
 * same under DATA_DIR and in the bucket, so `npm run storage:migrate` copies them one to one.
 *
 * A missing object is `null`, never an error; a store that cannot be reached throws the
 * `storage_unavailable` AppError (503), which every transport maps like any other.
 */
export interface ObjectStore {
  /** Streams the body in; readers never see a half-written object. */
  put(key: string, body: Readable | Uint8Array, opts?: { contentType?: string }): Promise<void>;
  /** Streams the object out, or only bytes start..end (inclusive, as in HTTP Range). */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  stat(key: string): Promise<{ size: number } | null>;
  /** Removing what is not there succeeds: callers clean up on a best-effort basis. */
  delete(key: string): Promise<void>;
  /** Every object under the prefix, for migration and listings; order unspecified. */
  list(prefix: string): AsyncIterable<{ key: string; size: number }>;
  /** Resolves when the store answers and is usable (the bucket exists, the folder is writable). */
  check(): Promise<void>;
  /** Where the objects are, for messages: a directory or the bucket's URL without credentials. */
  readonly location: string;
}

export type ByteRange = { start: number; end: number };

// Segments start with a letter or digit: no "..", no hidden or temporary files, no absolute
// path, nothing a tampered database row could use to reach outside the store's folders.
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function isObjectKey(key: string): boolean {
  return key.length <= 512 && KEY.test(key);
}

export function assertObjectKey(key: string): string {
  if (!isObjectKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

/** A whole small object (a logo) in memory; recordings are streamed instead. */
export async function readObject(store: ObjectStore, key: string): Promise<Buffer | null> {
  const stream = await store.get(key);
  if (!stream) return null;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  } catch (error) {
    // The store went away half way through the object: the same 503 as not reaching it at all.
    console.error("[storage] reading an object failed", error);
    throw storageUnavailable();
  }
  return Buffer.concat(chunks);
}
