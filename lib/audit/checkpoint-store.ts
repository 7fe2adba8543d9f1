import "server-only";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { appStore } from "@/lib/storage/app-store";
import { objectCheckpointStore } from "./object-checkpoint-store";
import type { SignedCheckpoint } from "./signed-checkpoint";

/**
 * Where signed checkpoints are kept outside the database. Files under DATA_DIR for now; object
 * storage (with a write-once bucket) only has to implement these two calls. `list` returns what
 * is stored as is: the verifier checks every entry, so a damaged one is reported, not skipped.
 */
export interface CheckpointStore {
  put(checkpoint: SignedCheckpoint): Promise<void>;
  list(agencyId: string): Promise<unknown[]>;
  /** Whether any agency has a checkpoint here: none at all marks the first round after the upgrade. */
  hasAny(): Promise<boolean>;
  /** Where it is, for messages: a directory or a bucket URL. */
  readonly location: string;
}

/** One JSON file per checkpoint: <dir>/<agencyId>/<seq, 12 digits>.json. */
export function fileCheckpointStore(dir: string): CheckpointStore {
  const agencyDir = (agencyId: string) => path.join(dir, agencyId.replace(/[^0-9a-f-]/gi, ""));
  return {
    location: dir,
    async put(checkpoint) {
      const folder = agencyDir(checkpoint.payload.agencyId);
      await mkdir(folder, { recursive: true });
      const file = path.join(folder, `${String(checkpoint.payload.seq).padStart(12, "0")}.json`);
      // Written aside and renamed: a reader never sees half a file.
      await writeFile(`${file}.tmp`, `${JSON.stringify(checkpoint, null, 2)}\n`);
      await rename(`${file}.tmp`, file);
    },
    async list(agencyId) {
      const folder = agencyDir(agencyId);
      const names = await readdirOrEmpty(folder);
      const entries: unknown[] = [];
      for (const name of names.filter((n) => n.endsWith(".json")).sort()) {
        const text = await readFile(path.join(folder, name), "utf8");
        try {
          entries.push(JSON.parse(text));
        } catch {
          entries.push({ unreadable: name });
        }
      }
      return entries;
    },
    async hasAny() {
      for (const folder of await readdirOrEmpty(dir)) {
        if ((await readdirOrEmpty(path.join(dir, folder))).some((n) => n.endsWith(".json"))) return true;
      }
      return false;
    },
  };
}

async function readdirOrEmpty(folder: string): Promise<string[]> {
  return readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [] as string[];
    throw error;
  });
}

/** The bucket of STORAGE_URL when there is one, so every instance keeps them in one place. */
export function defaultCheckpointStore(): CheckpointStore {
  if (getConfig().storage) return objectCheckpointStore(appStore());
  return fileCheckpointStore(path.join(getConfig().dataDir, "audit-checkpoints"));
}
