import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileCheckpointStore } from "./checkpoint-store";
import { loadCheckpoints } from "./load-checkpoints";
import { signCheckpoint } from "./signed-checkpoint";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const hash = (c: string) => c.repeat(64);

describe("file checkpoint store", () => {
  it("keeps one file per checkpoint and lists them oldest first, each checked with the public key alone", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "checkpoint-store-"));
    const store = fileCheckpointStore(dir);
    const agencyId = randomUUID();
    expect(await store.hasAny()).toBe(false);
    await store.put(signCheckpoint(privateKey, publicKey, { agencyId, seq: 12, hash: hash("b") }));
    await store.put(signCheckpoint(privateKey, publicKey, { agencyId, seq: 3, hash: hash("a"), unkeyedUntil: 2 }));
    expect(await store.hasAny()).toBe(true);
    expect(readdirSync(path.join(dir, agencyId))).toEqual(["000000000003.json", "000000000012.json"]);
    expect(await loadCheckpoints(store, publicKey, agencyId)).toEqual({
      trusted: [
        { seq: 3, hash: hash("a"), unkeyedUntil: 2 },
        { seq: 12, hash: hash("b") },
      ],
      problem: null,
    });
    expect(await store.list(randomUUID())).toEqual([]);
  });

  it("reports an unreadable file, another agency's checkpoint, a changed payload and another key's signature instead of trusting them", async () => {
    const agencyId = randomUUID();
    const fresh = () => fileCheckpointStore(mkdtempSync(path.join(tmpdir(), "checkpoint-store-")));
    const genuine = signCheckpoint(privateKey, publicKey, { agencyId, seq: 1, hash: hash("a") });
    const problemOf = async (write: (store: ReturnType<typeof fresh>) => Promise<void> | void) => {
      const store = fresh();
      await store.put(genuine);
      await write(store);
      const loaded = await loadCheckpoints(store, publicKey, agencyId);
      expect(loaded.trusted).toEqual([{ seq: 1, hash: hash("a") }]);
      return loaded.problem;
    };
    expect(
      await problemOf((s) => writeFileSync(path.join(s.location, agencyId, "000000000002.json"), "{ not json")),
    ).toMatchObject({ reason: "a checkpoint is malformed" });
    const foreign = signCheckpoint(privateKey, publicKey, { agencyId: randomUUID(), seq: 2, hash: hash("b") });
    expect(
      await problemOf((s) =>
        writeFileSync(path.join(s.location, agencyId, "000000000002.json"), JSON.stringify(foreign)),
      ),
    ).toMatchObject({ seq: 2, reason: expect.stringContaining("another agency") });
    expect(await problemOf((s) => s.put({ ...genuine, payload: { ...genuine.payload, seq: 2 } }))).toMatchObject({
      seq: 2,
      reason: expect.stringContaining("bad signature"),
    });
    const stranger = generateKeyPairSync("ed25519");
    expect(
      await problemOf((s) =>
        s.put(signCheckpoint(stranger.privateKey, stranger.publicKey, { agencyId, seq: 3, hash: hash("c") })),
      ),
    ).toMatchObject({ seq: 3, reason: expect.stringContaining("bad signature") });
  });
});
