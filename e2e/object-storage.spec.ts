import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { s3Store } from "../lib/storage/s3-store";
import { parseStorageUrl } from "../lib/storage/storage-url";
import { startS3Server, type RunningS3Server } from "../lib/storage/testing/start-s3-server";
import { fetchFromPage, portalUrl, signInToPortal } from "./support/session";

// One more production server of the same build, with STORAGE_URL on a real S3-protocol server:
// the demo recordings go to the bucket at its first start, and the player streams them from it.
// Embedded database only: the storage path does not depend on the database.
test.describe("recordings in an S3-compatible store", () => {
  let s3: RunningS3Server;
  let server: { origin: string; stop: () => void };
  const port = Number(process.env.E2E_PORT ?? 3100) + 70;

  test.beforeAll(async ({}, info) => {
    test.skip(info.project.name !== "pglite", "one database is enough for the storage path");
    test.setTimeout(300_000);
    s3 = await startS3Server();
    server = await startServerWithStore(port, s3.storageUrl);
  });
  test.afterAll(async () => {
    server?.stop();
    await s3?.stop();
  });

  test("a recording plays from the bucket, with Range", async ({ page }) => {
    await signInToPortal(page, server.origin, "supervisor@brightdental.test");
    const calls = await fetchFromPage(page, "/api/v1/portal/calls?status=completed&limit=1");
    const id = calls.json.items[0].id as string;
    const recording = `/api/v1/portal/calls/${id}/recording`;

    const first = await fetchRange(page, recording, "bytes=0-99");
    expect(first).toMatchObject({ status: 206, length: 100, head: "RIFF" });
    const size = Number(first.contentRange?.split("/")[1]);
    expect(await fetchRange(page, recording, "bytes=-500")).toMatchObject({
      status: 206,
      contentRange: `bytes ${size - 500}-${size - 1}/${size}`,
      length: 500,
    });

    await page.goto(`${portalUrl(server.origin, "acme")}/calls/${id}`);
    const audio = page.getByTestId("call-audio");
    await audio.evaluate((a: HTMLAudioElement) => a.play());
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0);

    // The bytes live in the bucket, and nowhere on this server's disk.
    const objects: string[] = [];
    for await (const { key } of s3Store(parseStorageUrl(s3.storageUrl)).list("recordings/")) objects.push(key);
    expect(objects.length).toBeGreaterThan(0);
    expect(existsSync(path.resolve(`.data-e2e-pglite-${port}`, "recordings"))).toBe(false);
  });
});

async function fetchRange(page: Page, path: string, range: string) {
  return page.evaluate(
    async ({ path, range }) => {
      const res = await fetch(path, { headers: { Range: range } });
      const body = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        contentRange: res.headers.get("content-range"),
        length: body.length,
        head: String.fromCharCode(...body.slice(0, 4)),
      };
    },
    { path, range },
  );
}

async function startServerWithStore(port: number, storageUrl: string) {
  // Its own process group: stopping it stops next-server too (see STACK gotcha 12).
  const child = spawn(process.execPath, ["scripts/e2e-server.mjs", "pglite", String(port)], {
    env: { ...process.env, STORAGE_URL: storageUrl },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
        return fetch(`${origin}/login`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(true);
  return { origin, stop };
}
