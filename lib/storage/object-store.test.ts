import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { localStore } from "./local-store";
import { readObject, type ObjectStore } from "./object-store";
import { s3Store } from "./s3-store";
import { parseStorageUrl } from "./storage-url";
import { startS3Server, type RunningS3Server } from "./testing/start-s3-server";

const MiB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);
const bytesOf = async (stream: Readable | null) => (stream ? Buffer.concat(await stream.toArray()) : null);
const read = async (stream: Readable | null) => (await bytesOf(stream))?.toString() ?? null;

let s3: RunningS3Server;
let localRoot: string;
beforeAll(async () => {
  s3 = await startS3Server();
  localRoot = mkdtempSync(path.join(tmpdir(), "local-store-"));
}, 30_000);
afterAll(async () => {
  await s3?.stop();
  rmSync(localRoot, { recursive: true, force: true });
});

const backends: [string, () => ObjectStore][] = [
  ["local files", () => localStore(localRoot)],
  ["S3 (s3rver)", () => s3Store(parseStorageUrl(s3.storageUrl))],
];

describe.each(backends)("object store on %s", (_, open) => {
  it("keeps an object and answers its size, the whole of it and byte ranges", async () => {
    const store = open();
    await store.put("recordings/a.wav", text("0123456789abcdef"));
    expect(await store.stat("recordings/a.wav")).toEqual({ size: 16 });
    expect(await read(await store.get("recordings/a.wav"))).toBe("0123456789abcdef");
    expect(await read(await store.get("recordings/a.wav", { start: 0, end: 3 }))).toBe("0123");
    expect(await read(await store.get("recordings/a.wav", { start: 10, end: 12 }))).toBe("abc");
    expect(await read(await store.get("recordings/a.wav", { start: 15, end: 15 }))).toBe("f");
    expect((await readObject(store, "recordings/a.wav"))?.toString()).toBe("0123456789abcdef");
  });

  it("replaces an object written again, from a stream", async () => {
    const store = open();
    await store.put("brand/x/logo.png", text("old"));
    await store.put("brand/x/logo.png", Readable.from([Buffer.from("new "), Buffer.from("bytes")]), {
      contentType: "image/png",
    });
    expect(await read(await store.get("brand/x/logo.png"))).toBe("new bytes");
  });

  it("answers null for a missing object and deletes without complaint", async () => {
    const store = open();
    expect(await store.stat("recordings/missing.wav")).toBeNull();
    expect(await store.get("recordings/missing.wav")).toBeNull();
    expect(await store.get("recordings/missing.wav", { start: 0, end: 9 })).toBeNull();
    expect(await readObject(store, "nowhere/missing.png")).toBeNull();
    await store.put("brand/y/gone.png", text("x"));
    await store.delete("brand/y/gone.png");
    await store.delete("brand/y/gone.png");
    expect(await store.stat("brand/y/gone.png")).toBeNull();
  });

  it("lists the objects under a prefix with their sizes, and nothing else", async () => {
    const store = open();
    await store.put("listed/one/a.bin", text("a"));
    await store.put("listed/one/b.bin", text("bb"));
    await store.put("listed/two.bin", text("ccc"));
    await store.put("unlisted/c.bin", text("dddd"));
    const seen: { key: string; size: number }[] = [];
    for await (const item of store.list("listed/")) seen.push(item);
    expect(seen.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: "listed/one/a.bin", size: 1 },
      { key: "listed/one/b.bin", size: 2 },
      { key: "listed/two.bin", size: 3 },
    ]);
  });

  it("refuses a key that would leave the store's folders", async () => {
    const store = open();
    for (const key of ["../auth-secret", "recordings/../../etc/passwd", "/etc/passwd", "a//b", ".hidden", "a\0b"]) {
      await expect(store.stat(key)).rejects.toThrow(/Not a storage key/);
    }
  });

  it("streams a large object in and out with flat memory", async () => {
    const store = open();
    const size = 64 * MiB;
    const chunk = 256 * 1024;
    const written = createHash("sha256");
    const writing = peakMemory();
    // Each chunk made on demand: the whole object never exists in this process.
    const source = Readable.from(
      (function* () {
        for (let offset = 0; offset < size; offset += chunk) {
          const bytes = Buffer.alloc(chunk, (offset / chunk) % 251);
          written.update(bytes);
          writing.sample();
          yield bytes;
        }
      })(),
    );
    await store.put("recordings/large.wav", source);
    const putGrowth = writing.growth();
    expect(await store.stat("recordings/large.wav")).toEqual({ size });
    const memory = peakMemory();
    const readBack = createHash("sha256");
    let total = 0;
    for await (const part of (await store.get("recordings/large.wav"))!) {
      readBack.update(part as Buffer);
      total += (part as Buffer).length;
      memory.sample();
    }
    expect(total).toBe(size);
    expect(readBack.digest("hex")).toBe(written.digest("hex"));
    const getGrowth = memory.growth();
    // Far below the object's 64 MiB: uploads hold a few parts of 5 MiB, downloads a few chunks.
    expect(putGrowth).toBeLessThan(40 * MiB);
    expect(getGrowth).toBeLessThan(16 * MiB);
    const tail = await bytesOf(await store.get("recordings/large.wav", { start: size - 3, end: size - 1 }));
    expect(tail).toEqual(Buffer.alloc(3, (size / chunk - 1) % 251));
  }, 120_000);
});

describe("an unreachable store", () => {
  it("answers 503 storage_unavailable on S3 instead of crashing or hanging", async () => {
    const store = s3Store(parseStorageUrl(`s3+http://K:S@127.0.0.1:${await closedPort()}/bucket`));
    const calls = [
      () => store.check(),
      () => store.stat("recordings/a.wav"),
      () => store.get("recordings/a.wav", { start: 0, end: 1 }),
      () => store.put("brand/a.png", text("x")),
    ];
    for (const call of calls) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "storage_unavailable", status: 503 });
    }
  }, 30_000);

  it("answers 503 for a bucket that does not exist: a misconfigured store, not a missing object", async () => {
    const store = s3Store(parseStorageUrl(s3.storageUrl.replace(/\/[^/]+$/, "/no-such-bucket")));
    // HEAD cannot tell a missing bucket from a missing object (no body): GET and check() can.
    await expect(store.get("recordings/a.wav")).rejects.toMatchObject({ code: "storage_unavailable" });
    await expect(store.check()).rejects.toMatchObject({ code: "storage_unavailable" });
    await expect(s3Store(parseStorageUrl(s3.storageUrl)).check()).resolves.toBeUndefined();
  });

  it("answers 503 when local files cannot be written", async () => {
    const blocked = path.join(localRoot, "a-file");
    writeFileSync(blocked, "not a directory");
    await expect(localStore(blocked).check()).rejects.toMatchObject({ code: "storage_unavailable" });
    await expect(localStore(blocked).put("recordings/a.wav", text("x"))).rejects.toMatchObject({
      code: "storage_unavailable",
    });
    // The half-written temporary file is not left behind.
    expect(readdirSync(localRoot).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Live heap plus Buffers, measured after a collection every few MiB moved, against the level
// before the transfer: garbage not yet collected would otherwise hide what is really held.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
function peakMemory() {
  const live = () => {
    collectGarbage();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = live();
  let peak = base;
  let calls = 0;
  return {
    sample: () => {
      if (++calls % 16 === 0) peak = Math.max(peak, live());
    },
    growth: () => peak - base,
  };
}
