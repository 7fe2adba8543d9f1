import type { ObjectStore } from "./object-store";

/** The folders of DATA_DIR that hold the app's stored files (the rest is the database and keys). */
export const STORED_PREFIXES = ["recordings/", "brand/", "audit-checkpoints/"] as const;

export type CopyResult = { copied: number; skipped: number; bytes: number };

/**
 * Copies every stored file from one store to another, streamed. Resumable: an object already
 * in the target with the same size is skipped, so a run stopped half way (or run again after
 * new uploads) copies only what is missing. Stored names carry content hashes or are rendered
 * deterministically, so the same name with the same size is the same file.
 */
export async function copyStoredFiles(
  from: ObjectStore,
  to: ObjectStore,
  opts: { prefixes?: readonly string[]; onCopy?: (key: string, size: number) => void } = {},
): Promise<CopyResult> {
  const result: CopyResult = { copied: 0, skipped: 0, bytes: 0 };
  for (const prefix of opts.prefixes ?? STORED_PREFIXES) {
    for await (const { key, size } of from.list(prefix)) {
      if ((await to.stat(key))?.size === size) {
        result.skipped++;
        continue;
      }
      const body = await from.get(key);
      if (!body) continue; // removed since it was listed
      await to.put(key, body);
      result.copied++;
      result.bytes += size;
      opts.onCopy?.(key, size);
    }
  }
  return result;
}
