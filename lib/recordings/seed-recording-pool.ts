import { AppError } from "@/lib/errors";
import type { ObjectStore } from "@/lib/storage/object-store";
import { ensureRecordingPool } from "./ensure-recording-pool";

/**
 * The demo seed's pool write. A store that is down while the app starts must not stop the
 * start: the recording route writes missing pool files on first play. Any other failure is a
 * bug and still stops it.
 */
export async function seedRecordingPool(store: ObjectStore): Promise<void> {
  try {
    await ensureRecordingPool(store);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "storage_unavailable")) throw error;
    console.warn("[seed] object store unreachable: demo recordings will be written on first play");
  }
}
