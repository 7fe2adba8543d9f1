import { generateKeyPairSync, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Store } from "@/lib/storage/s3-store";
import { parseStorageUrl } from "@/lib/storage/storage-url";
import { startS3Server, type RunningS3Server } from "@/lib/storage/testing/start-s3-server";
import { loadCheckpoints } from "./load-checkpoints";
import { objectCheckpointStore } from "./object-checkpoint-store";
import { signCheckpoint } from "./signed-checkpoint";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const hash = (c: string) => c.repeat(64);

let s3: RunningS3Server;
beforeAll(async () => {
  s3 = await startS3Server();
}, 30_000);
afterAll(async () => {
  await s3?.stop();
});

describe("checkpoint store in an S3-compatible bucket", () => {
  it("keeps one object per checkpoint and lists them oldest first, a damaged one reported", async () => {
    const objects = s3Store(parseStorageUrl(s3.storageUrl));
    const store = objectCheckpointStore(objects);
    const agencyId = randomUUID();
    expect(await store.hasAny()).toBe(false);
    await store.put(signCheckpoint(privateKey, publicKey, { agencyId, seq: 12, hash: hash("b") }));
    await store.put(signCheckpoint(privateKey, publicKey, { agencyId, seq: 3, hash: hash("a"), unkeyedUntil: 2 }));
    expect(await store.hasAny()).toBe(true);
    expect(await objects.stat(`audit-checkpoints/${agencyId}/000000000003.json`)).not.toBeNull();
    expect(await loadCheckpoints(store, publicKey, agencyId)).toEqual({
      trusted: [
        { seq: 3, hash: hash("a"), unkeyedUntil: 2 },
        { seq: 12, hash: hash("b") },
      ],
      problem: null,
    });
    expect(await store.list(randomUUID())).toEqual([]);

    await objects.put(`audit-checkpoints/${agencyId}/000000000013.json`, Buffer.from("{ not json"));
    expect((await loadCheckpoints(store, publicKey, agencyId)).problem).toMatchObject({
      reason: "a checkpoint is malformed",
    });
  });
});
