import path from "node:path";
import { notFound } from "@/lib/errors";

/**
 * The absolute file for a stored recording path (relative to DATA_DIR, as calls.recording_path
 * keeps it). Anything that would leave `${dataDir}/recordings` — `../`, an absolute path, a NUL
 * byte — is treated as not found, so a tampered row can never stream an arbitrary file.
 */
export function resolveRecordingPath(dataDir: string, relative: string): string {
  const root = path.resolve(dataDir, "recordings");
  if (!relative || relative.includes("\0") || path.isAbsolute(relative)) throw notFound("Recording not found");
  const absolute = path.resolve(dataDir, relative);
  if (!absolute.startsWith(root + path.sep)) throw notFound("Recording not found");
  return absolute;
}
