import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStore } from "@/lib/storage/local-store";
import { copyRecording } from "./copy-recording";
import { startRecordingServer } from "./testing/recording-server";

let dir: string;
let provider: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "recordings-"));
  provider = await startRecordingServer(3 * 1024 * 1024);
});
afterAll(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
});

const copy = (url: string, opts: { allowPrivate?: boolean; timeoutMs?: number } = {}) =>
  copyRecording({
    store: localStore(dir),
    url,
    key: "recordings/ingested/a/call.wav",
    allowPrivate: opts.allowPrivate ?? true,
    timeoutMs: opts.timeoutMs,
  });

describe("copyRecording", () => {
  it("streams the provider's file into the store", async () => {
    expect(await copy(`${provider.base}/rec/call.wav`)).toEqual({
      copied: true,
      key: "recordings/ingested/a/call.wav",
      bytes: 3 * 1024 * 1024,
    });
    expect((await stat(path.join(dir, "recordings/ingested/a/call.wav"))).size).toBe(3 * 1024 * 1024);
  });

  it("says an expired link is expired, and stores nothing", async () => {
    const result = await copy(`${provider.base}/expired/call.wav`);
    expect(result).toMatchObject({ copied: false, expired: true });
    expect(result.copied ? "" : result.error).toMatch(/expired \(HTTP 403\)/);
  });

  it("gives up on a provider that stops sending, within the timeout", async () => {
    const started = Date.now();
    const result = await copyRecording({
      store: localStore(dir),
      url: `${provider.base}/slow/call.wav`,
      key: "recordings/ingested/a/slow.wav",
      allowPrivate: true,
      timeoutMs: 500,
    });
    expect(result).toMatchObject({ copied: false, expired: false });
    expect(result.copied ? "" : result.error).toMatch(/did not send the recording within 0.5 seconds/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(stat(path.join(dir, "recordings/ingested/a/slow.wav"))).rejects.toThrow();
  });

  it("refuses a link to a private address outside development", async () => {
    const result = await copy(`${provider.base}/rec/call.wav`, { allowPrivate: false });
    expect(result).toMatchObject({ copied: false, expired: false });
    expect(provider.asked.filter((p) => p === "/rec/call.wav")).toHaveLength(1);
  });
});
