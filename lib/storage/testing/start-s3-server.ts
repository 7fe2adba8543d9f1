import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export type RunningS3Server = {
  /** STORAGE_URL for the app (lib/storage/storage-url.ts). */
  storageUrl: string;
  port: number;
  bucket: string;
  /** Stops the server and removes its files. */
  stop: () => Promise<void>;
};

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "s3-server-process.mjs");

/**
 * Starts an S3-protocol server process (s3rver, from npm) on a free port of 127.0.0.1 with one
 * empty bucket, for tests of the S3 backend and for tests that run several app instances on
 * one store. Its own process, so a test measures the app's memory and not the server's.
 */
export async function startS3Server(opts: { bucket?: string } = {}): Promise<RunningS3Server> {
  const bucket = opts.bucket ?? "switchboard-test";
  const directory = mkdtempSync(path.join(tmpdir(), "s3-server-"));
  const child = spawn(process.execPath, [SCRIPT, directory, bucket], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`The S3 test server exited with ${code} before it listened`)));
  }).catch((error: unknown) => {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  });
  return {
    // s3rver's fixed credentials; plain HTTP on loopback.
    storageUrl: `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}`,
    port,
    bucket,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
