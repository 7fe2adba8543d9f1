import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { constants } from "node:fs";
import { access, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { storageUnavailable } from "@/lib/errors";
import { assertObjectKey, type ObjectStore } from "./object-store";

/**
 * Files under one directory (DATA_DIR by default), a key being the relative path: the layout
 * the app has always used, so an existing DATA_DIR keeps working without a migration.
 */
export function localStore(root: string): ObjectStore {
  const fileOf = (key: string) => path.join(root, assertObjectKey(key));
  return {
    location: root,
    async put(key, body) {
      const file = fileOf(key);
      // Written beside and renamed into place: a reader never streams a half-written file.
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, createWriteStream(temporary));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => {});
        throw unavailable(error);
      }
    },
    async get(key, range) {
      const file = fileOf(key);
      const found = await statFile(file);
      if (!found) return null;
      return createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async stat(key) {
      return statFile(fileOf(key));
    },
    async check() {
      try {
        await mkdir(root, { recursive: true });
        await access(root, constants.W_OK);
      } catch (error) {
        throw unavailable(error);
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true }).catch((error) => {
        throw unavailable(error);
      });
    },
    async *list(prefix) {
      const dir = path.join(root, prefix);
      const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (isMissing(error)) return [] as string[];
        throw unavailable(error);
      });
      for (const name of names.sort()) {
        const key = path.posix.join(prefix, name.split(path.sep).join("/"));
        if (!key.split("/").every((segment) => /^[A-Za-z0-9]/.test(segment))) continue; // temporary files
        const found = await statFile(path.join(root, key));
        if (found) yield { key, size: found.size };
      }
    },
  };
}

async function statFile(file: string): Promise<{ size: number } | null> {
  try {
    const found = await stat(file);
    return found.isFile() ? { size: found.size } : null;
  } catch (error) {
    if (isMissing(error as NodeJS.ErrnoException)) return null;
    throw unavailable(error);
  }
}

const isMissing = (error: NodeJS.ErrnoException) => error.code === "ENOENT" || error.code === "ENOTDIR";

// A full or unreadable disk is the local form of an unreachable store: 503, and the cause logged.
function unavailable(error: unknown) {
  console.error("[storage] local files failed", error);
  return storageUnavailable();
}
