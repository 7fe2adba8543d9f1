import { notFound } from "@/lib/errors";
import { isObjectKey } from "@/lib/storage/object-store";

/**
 * The storage key of a stored recording path (calls.recording_path, e.g.
 * "recordings/pool-95s-8t.wav"). Anything outside `recordings/` — `../`, an absolute path, a NUL
 * byte — is treated as not found, so a tampered row can never stream another stored file.
 */
export function recordingKey(relative: string): string {
  if (!relative.startsWith("recordings/") || !isObjectKey(relative)) throw notFound("Recording not found");
  return relative;
}
