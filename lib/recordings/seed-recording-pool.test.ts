import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localStore } from "@/lib/storage/local-store";
import { RECORDING_POOL, poolRelativePath } from "./recording-pool";
import { seedRecordingPool } from "./seed-recording-pool";

describe("seedRecordingPool", () => {
  it("writes the pool into the store", async () => {
    const store = localStore(mkdtempSync(path.join(tmpdir(), "seed-pool-")));
    await seedRecordingPool(store);
    expect(await store.stat(poolRelativePath(RECORDING_POOL[0]))).not.toBeNull();
  }, 60_000);

  it("lets the start go on when the store is unreachable, and stops it on any other failure", async () => {
    const blocked = path.join(mkdtempSync(path.join(tmpdir(), "seed-pool-")), "a-file");
    writeFileSync(blocked, "not a directory");
    await expect(seedRecordingPool(localStore(blocked))).resolves.toBeUndefined();
    const broken = {
      ...localStore(blocked),
      stat: async () => {
        throw new TypeError("a bug");
      },
    };
    await expect(seedRecordingPool(broken)).rejects.toThrow("a bug");
  });
});
