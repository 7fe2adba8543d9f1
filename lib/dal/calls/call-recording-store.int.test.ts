import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, clients } from "@/db/schema";
import { auditCount } from "@/db/testing/audit-count";
import { clientUserFor } from "@/db/testing/actor-for";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { errorResponse } from "@/lib/http/api-handler";
import { recordingResponse } from "@/lib/http/recording-response";
import { renderCallWav } from "@/lib/recordings/generate-wav";
import { appStore } from "@/lib/storage/app-store";
import { localStore } from "@/lib/storage/local-store";
import { readObject } from "@/lib/storage/object-store";
import { startS3Server, type RunningS3Server } from "@/lib/storage/testing/start-s3-server";
import { openCallRecording } from "./open-call-recording";

const SUPERVISOR = "supervisor@brightdental.test";

let s3: RunningS3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterEach(() => {
  delete process.env.STORAGE_URL;
  resetConfigForTests();
});
afterAll(async () => {
  await s3?.stop();
});

function useStore(storageUrl: string) {
  process.env.STORAGE_URL = storageUrl;
  resetConfigForTests();
}

async function recordedCallId(offset: number) {
  const db = await getDb();
  const [row] = await db
    .select({ id: calls.id, path: calls.recordingPath })
    .from(calls)
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .where(and(eq(clients.name, "Bright Dental"), isNotNull(calls.recordingPath)))
    .orderBy(sql`${calls.startedAt} desc`)
    .limit(1)
    .offset(offset);
  return row;
}

async function play(id: string, range: string | null) {
  const response = await recordingResponse(
    await openCallRecording(await clientUserFor(SUPERVISOR), id, { mode: "play", range }),
    { download: false },
  );
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe("recordings in an S3-compatible store (STORAGE_URL)", () => {
  it("streams a recording kept only in the bucket, with Range", async () => {
    useStore(`${s3.storageUrl}/first-deployment`); // a key prefix of its own: a fresh store
    const call = await recordedCallId(0);
    const wav = renderCallWav(12, [
      { speaker: "agent", startSeconds: 0 },
      { speaker: "caller", startSeconds: 6 },
    ]);
    await appStore().put("recordings/only-in-the-bucket.wav", wav);
    await (
      await getDb()
    )
      .update(calls)
      .set({ recordingPath: "recordings/only-in-the-bucket.wav" })
      .where(eq(calls.id, call.id));

    const middle = await play(call.id, "bytes=1000-1999");
    expect(middle.response.status).toBe(206);
    expect(middle.response.headers.get("content-range")).toBe(`bytes 1000-1999/${wav.length}`);
    expect(middle.body.equals(wav.subarray(1000, 2000))).toBe(true);
    const whole = await play(call.id, null);
    expect(whole.response.status).toBe(200);
    expect(whole.body.equals(wav)).toBe(true);
    // The local DATA_DIR never had it: the bytes came from the bucket.
    expect(await localStore(getConfig().dataDir).stat("recordings/only-in-the-bucket.wav")).toBeNull();
  });

  it("writes the demo pool into a new, empty bucket on first play", async () => {
    useStore(`${s3.storageUrl}/second-deployment`);
    const call = await recordedCallId(1);
    expect(await appStore().stat(call.path!)).toBeNull();
    const first = await play(call.id, "bytes=0-3");
    expect(first.response.status).toBe(206);
    expect(first.body.toString()).toBe("RIFF");
    const local = await readObject(localStore(getConfig().dataDir), call.path!);
    expect((await readObject(appStore(), call.path!))?.equals(local!)).toBe(true);
  });

  it("answers 503 in the API's error shape when the store cannot be reached, and records no playback", async () => {
    const stopped = await startS3Server();
    await stopped.stop();
    useStore(stopped.storageUrl);
    const call = await recordedCallId(2);
    const error = await openCallRecording(await clientUserFor(SUPERVISOR), call.id, { mode: "play", range: null }).then(
      () => null,
      (e: unknown) => e,
    );
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: "storage_unavailable", message: expect.stringMatching(/unavailable/) },
    });
    expect(await auditCount("recording_play", call.id)).toBe(0);
  }, 30_000);
});
