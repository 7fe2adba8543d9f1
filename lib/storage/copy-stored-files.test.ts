import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyStoredFiles } from "./copy-stored-files";
import { localStore } from "./local-store";
import { readObject, type ObjectStore } from "./object-store";
import { s3Store } from "./s3-store";
import { parseStorageUrl } from "./storage-url";
import { startS3Server, type RunningS3Server } from "./testing/start-s3-server";

const FILES: Record<string, string> = {
  "recordings/pool-28s-2t.wav": "RIFF wav one",
  "recordings/pool-42s-2t.wav": "RIFF wav two, longer",
  "brand/3f1c2d4e-0000-4000-8000-000000000001/logo-0123456789abcdef.png": "png bytes",
  "audit-checkpoints/3f1c2d4e-0000-4000-8000-000000000001/000000000001.json": "{}\n",
};

let s3: RunningS3Server;
let dataDir: string;
beforeAll(async () => {
  s3 = await startS3Server();
  dataDir = mkdtempSync(path.join(tmpdir(), "migrate-"));
  for (const [key, body] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dataDir, key)), { recursive: true });
    writeFileSync(path.join(dataDir, key), body);
  }
  // Not stored files: the embedded database, secrets, a temporary file of an upload in progress.
  mkdirSync(path.join(dataDir, "pglite"));
  writeFileSync(path.join(dataDir, "pglite", "PG_VERSION"), "18");
  writeFileSync(path.join(dataDir, "auth-secret"), "secret");
  writeFileSync(path.join(dataDir, "recordings", ".pool-75s-6t.wav.1a2b.tmp"), "half");
}, 30_000);
afterAll(async () => {
  await s3?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const bucketKeys = async (store: ObjectStore) => {
  const keys: string[] = [];
  for await (const { key } of store.list("")) keys.push(key);
  return keys.sort();
};

describe("copyStoredFiles (npm run storage:migrate)", () => {
  it("copies the stored files, resumes after a failure and skips what is already there", async () => {
    const target = s3Store(parseStorageUrl(`${s3.storageUrl}/first`));
    // The network drops after two objects: the run fails part way.
    let puts = 0;
    const flaky: ObjectStore = {
      ...target,
      put: async (...args) => {
        if (++puts > 2) throw new Error("connection reset");
        return target.put(...args);
      },
    };
    await expect(copyStoredFiles(localStore(dataDir), flaky)).rejects.toThrow("connection reset");
    expect(await bucketKeys(target)).toHaveLength(2);

    // A copy of the wrong size (an earlier interrupted upload elsewhere) is copied again.
    await target.put("recordings/pool-42s-2t.wav", new TextEncoder().encode("short"));
    const second = await copyStoredFiles(localStore(dataDir), target);
    expect(second.copied + second.skipped).toBe(4);
    expect(second.copied).toBeGreaterThanOrEqual(2);
    expect(await bucketKeys(target)).toEqual(Object.keys(FILES).sort());
    for (const [key, body] of Object.entries(FILES)) expect((await readObject(target, key))?.toString()).toBe(body);

    expect(await copyStoredFiles(localStore(dataDir), target)).toEqual({ copied: 0, skipped: 4, bytes: 0 });
  }, 30_000);

  it("runs as a command: DATA_DIR into STORAGE_URL, and refuses to run without STORAGE_URL", async () => {
    const run = (env: Record<string, string>) =>
      promisify(execFile)(
        path.resolve("node_modules/.bin/tsx"),
        ["--conditions=react-server", "lib/storage/migrate-cli.ts"],
        {
          env: {
            PATH: process.env.PATH,
            NODE_ENV: "test",
            DATA_DIR: dataDir,
            AUTH_SECRET: "cli-test-secret-that-is-long-enough-x",
            ...env,
          },
        },
      ).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          code: error.code,
          out: error.stdout + error.stderr,
        }),
      );

    const storageUrl = `${s3.storageUrl}/cli`;
    const first = await run({ STORAGE_URL: storageUrl });
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toMatch(/4 copied \(\d+ bytes\), 0 already there\./);
    expect(await bucketKeys(s3Store(parseStorageUrl(storageUrl)))).toEqual(Object.keys(FILES).sort());

    const missing = await run({});
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/STORAGE_URL is not set/);
  }, 60_000);
});
