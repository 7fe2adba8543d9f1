import type { ObjectStore } from "@/lib/storage/object-store";
import { renderCallWav } from "./generate-wav";
import { RECORDING_POOL, poolRelativePath, poolTurnStarts, type PoolEntry } from "./recording-pool";

/**
 * Writes the pool's WAV files to the store (`recordings/…`) when they are missing. Cheap when
 * they exist, so the recording route may call it too (a database seeded from another machine,
 * or a newly configured bucket, has call rows but no files yet). Rendering is deterministic, so
 * two instances writing the same file at once write the same bytes.
 */
export async function ensureRecordingPool(
  store: ObjectStore,
  entries: readonly PoolEntry[] = RECORDING_POOL,
): Promise<void> {
  for (const entry of entries) {
    const key = poolRelativePath(entry);
    if (await store.stat(key)) continue;
    await store.put(key, renderCallWav(entry.durationSeconds, poolTurnStarts(entry)), { contentType: "audio/wav" });
  }
}
