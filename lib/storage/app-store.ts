import { getConfig, type Config } from "@/lib/config";
import { localStore } from "./local-store";
import type { ObjectStore } from "./object-store";
import type { StorageTarget } from "./storage-url";

// One client per configuration, kept across hot reloads and the many module copies a Next
// build makes, so connections to the bucket are pooled instead of opened per request.
const holder = globalThis as unknown as { __objectStore?: { config: Config; dataDir: string; store: ObjectStore } };

/**
 * The app's object store: the bucket named by STORAGE_URL, else files under DATA_DIR (or under
 * `dataDir`, for the seed and tests that name their own directory).
 */
export function appStore(dataDir?: string): ObjectStore {
  const config = getConfig();
  const root = dataDir ?? config.dataDir;
  const kept = holder.__objectStore;
  if (kept && kept.config === config && kept.dataDir === root) return kept.store;
  const store = config.storage ? lazyS3Store(config.storage) : localStore(root);
  holder.__objectStore = { config, dataDir: root, store };
  return store;
}

// The AWS SDK is large and slow to load: only an installation that uses a bucket loads it, on
// the first file it reads or writes.
function lazyS3Store(target: StorageTarget): ObjectStore {
  let opened: Promise<ObjectStore> | undefined;
  const open = () => (opened ??= import("./s3-store").then(({ s3Store }) => s3Store(target)));
  return {
    location: `${target.endpoint}/${target.bucket}/${target.prefix}`,
    put: async (key, body, opts) => (await open()).put(key, body, opts),
    get: async (key, range) => (await open()).get(key, range),
    stat: async (key) => (await open()).stat(key),
    delete: async (key) => (await open()).delete(key),
    check: async () => (await open()).check(),
    async *list(prefix) {
      yield* (await open()).list(prefix);
    },
  };
}
