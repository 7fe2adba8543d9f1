import "server-only";
import { readObject, type ObjectStore } from "@/lib/storage/object-store";
import type { CheckpointStore } from "./checkpoint-store";

/**
 * Signed checkpoints in the object store (STORAGE_URL), the same layout as the files under
 * DATA_DIR: audit-checkpoints/<agencyId>/<seq, 12 digits>.json. Every instance then writes to
 * and verifies against one place, and `npm run storage:migrate` carries the old files over.
 */
export function objectCheckpointStore(store: ObjectStore): CheckpointStore {
  const folder = (agencyId: string) => `audit-checkpoints/${agencyId.replace(/[^0-9a-f-]/gi, "")}/`;
  return {
    location: `${store.location}audit-checkpoints/`,
    async put(checkpoint) {
      const key = `${folder(checkpoint.payload.agencyId)}${String(checkpoint.payload.seq).padStart(12, "0")}.json`;
      await store.put(key, Buffer.from(`${JSON.stringify(checkpoint, null, 2)}\n`), {
        contentType: "application/json",
      });
    },
    async list(agencyId) {
      const keys: string[] = [];
      for await (const { key } of store.list(folder(agencyId))) if (key.endsWith(".json")) keys.push(key);
      const entries: unknown[] = [];
      for (const key of keys.sort()) {
        const text = (await readObject(store, key))?.toString("utf8");
        try {
          entries.push(JSON.parse(text ?? ""));
        } catch {
          entries.push({ unreadable: key.slice(key.lastIndexOf("/") + 1) });
        }
      }
      return entries;
    },
    async hasAny() {
      for await (const { key } of store.list("audit-checkpoints/")) if (key.endsWith(".json")) return true;
      return false;
    },
  };
}
