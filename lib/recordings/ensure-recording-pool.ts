import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderCallWav } from "./generate-wav";
import { RECORDING_POOL, poolFileName, poolTurnStarts, type PoolEntry } from "./recording-pool";

/**
 * Writes the pool's WAV files under `${dataDir}/recordings/` when they are missing. Cheap when
 * they exist, so the recording route may call it too (a PostgreSQL database seeded from another
 * machine has call rows but no files in this DATA_DIR).
 */
export async function ensureRecordingPool(dataDir: string, entries: readonly PoolEntry[] = RECORDING_POOL): Promise<void> {
  const dir = path.join(dataDir, "recordings");
  await mkdir(dir, { recursive: true });
  for (const entry of entries) {
    const file = path.join(dir, poolFileName(entry));
    if (existsSync(file)) continue;
    // Written beside and renamed into place: a reader never streams a half-written file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, renderCallWav(entry.durationSeconds, poolTurnStarts(entry)));
    await rename(temporary, file);
  }
}
