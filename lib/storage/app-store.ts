import { getConfig, type Config } from "@/lib/config";
import { localStore } from "./local-store";
import type { ObjectStore } from "./object-store";
import { s3Store } from "./s3-store";

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
  const store = config.storage ? s3Store(config.storage) : localStore(root);
  holder.__objectStore = { config, dataDir: root, store };
  return store;
}
