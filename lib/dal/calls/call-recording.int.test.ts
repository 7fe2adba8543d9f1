import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { calls, clients } from "@/db/schema";
import { auditCount } from "@/db/testing/audit-count";
import { clientUserFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { recordingResponse } from "@/lib/http/recording-response";
import { recordingKey } from "@/lib/recordings/recording-file";
import { appStore } from "@/lib/storage/app-store";
import { readObject } from "@/lib/storage/object-store";
import { openCallRecording, type RecordingMode } from "./open-call-recording";

// Records, each time the demo pool is (re)written, whether a tenant transaction was open around
// it: opening one for another agency only fails inside an open one (db/tenant.ts).
const pool = vi.hoisted(() => ({ insideTransaction: [] as boolean[] }));
vi.mock("@/lib/recordings/ensure-recording-pool", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/recordings/ensure-recording-pool")>();
  const { withTenant } = await import("@/db/tenant");
  return {
    ensureRecordingPool: async (...args: Parameters<typeof actual.ensureRecordingPool>) => {
      pool.insideTransaction.push(await withTenant(randomUUID(), async () => false).catch(() => true));
      return actual.ensureRecordingPool(...args);
    },
  };
});

async function recordedCall(clientName: string, offset = 0) {
  const db = await getDb();
  const [row] = await db
    .select({ id: calls.id, path: calls.recordingPath })
    .from(calls)
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .where(and(eq(clients.name, clientName), isNotNull(calls.recordingPath)))
    .orderBy(sql`${calls.startedAt} desc`)
    .limit(1)
    .offset(offset);
  return { id: row.id, bytes: (await readObject(appStore(), recordingKey(row.path!)))! };
}

async function fetchRecording(email: string, id: string, range: string | null, mode: RecordingMode = "play") {
  const opened = await openCallRecording(await clientUserFor(email), id, { mode, range });
  const response = await recordingResponse(opened, { download: mode === "download" });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

async function expectStatus(work: Promise<unknown>, status: number) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

describe("recording access over HTTP Range", () => {
  it("serves first bytes, a middle range and a suffix as 206 with Content-Range", async () => {
    const call = await recordedCall("Bright Dental");
    const size = call.bytes.length;
    const first = await fetchRecording("supervisor@brightdental.test", call.id, "bytes=0-99");
    expect(first.response.status).toBe(206);
    expect(first.response.headers.get("content-range")).toBe(`bytes 0-99/${size}`);
    expect(first.response.headers.get("content-length")).toBe("100");
    expect(first.response.headers.get("accept-ranges")).toBe("bytes");
    expect(first.response.headers.get("content-type")).toBe("audio/wav");
    expect(first.body.subarray(0, 4).toString()).toBe("RIFF");
    expect(first.body.equals(call.bytes.subarray(0, 100))).toBe(true);

    const middle = await fetchRecording("supervisor@brightdental.test", call.id, "bytes=1000-1999");
    expect(middle.response.headers.get("content-range")).toBe(`bytes 1000-1999/${size}`);
    expect(middle.body.equals(call.bytes.subarray(1000, 2000))).toBe(true);

    const suffix = await fetchRecording("supervisor@brightdental.test", call.id, "bytes=-500");
    expect(suffix.response.headers.get("content-range")).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
    expect(suffix.body.equals(call.bytes.subarray(size - 500))).toBe(true);

    const whole = await fetchRecording("supervisor@brightdental.test", call.id, null);
    expect(whole.response.status).toBe(200);
    expect(whole.body.equals(call.bytes)).toBe(true);
  });

  it("answers 416 with the size for a range past the end or a malformed one", async () => {
    const call = await recordedCall("Bright Dental");
    for (const range of [`bytes=${call.bytes.length}-`, "bytes=500-100", "bytes=abc"]) {
      const { response } = await fetchRecording("admin@brightdental.test", call.id, range);
      expect(response.status).toBe(416);
      expect(response.headers.get("content-range")).toBe(`bytes */${call.bytes.length}`);
    }
  });

  it("records recording_play once per playback, not per Range chunk", async () => {
    const call = await recordedCall("Bright Dental", 1);
    await fetchRecording("supervisor@brightdental.test", call.id, "bytes=0-");
    await fetchRecording("supervisor@brightdental.test", call.id, "bytes=65536-");
    await fetchRecording("supervisor@brightdental.test", call.id, "bytes=131072-200000");
    await fetchRecording("supervisor@brightdental.test", call.id, "bytes=999999999-");
    expect(await auditCount("recording_play", call.id)).toBe(1);
    expect(await auditCount("recording_download", call.id)).toBe(0);
  });

  it("lets only the admin download, as an attachment, with its own audit event", async () => {
    const call = await recordedCall("Bright Dental", 2);
    await expectStatus(
      openCallRecording(await clientUserFor("supervisor@brightdental.test"), call.id, {
        mode: "download",
        range: null,
      }),
      403,
    );
    const { response, body } = await fetchRecording("admin@brightdental.test", call.id, null, "download");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="call-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.wav"$/,
    );
    expect(body.equals(call.bytes)).toBe(true);
    expect(await auditCount("recording_download", call.id)).toBe(1);
    expect(await auditCount("recording_play", call.id)).toBe(0);
  });

  it("refuses play to the analyst and agent role (403), another client's call (404) and a portal without call details (403)", async () => {
    const call = await recordedCall("Bright Dental", 3);
    await expectStatus(
      openCallRecording(await clientUserFor("analyst@brightdental.test"), call.id, { mode: "play", range: null }),
      403,
    );
    await expectStatus(
      openCallRecording(await clientUserFor("agent@brightdental.test"), call.id, { mode: "play", range: null }),
      403,
    );
    await expectStatus(
      openCallRecording(await clientUserFor("admin@summitlegal.test"), call.id, { mode: "play", range: null }),
      404,
    );
    const nova = await recordedCall("Nova Realty");
    await expectStatus(
      openCallRecording(await clientUserFor("admin@novarealty.test"), nova.id, { mode: "play", range: null }),
      403,
    );
    expect(await auditCount("recording_play", call.id)).toBe(0);
  });

  it("answers 404 for a call without a recording", async () => {
    const db = await getDb();
    const [missed] = await db
      .select({ id: calls.id })
      .from(calls)
      .innerJoin(clients, eq(clients.id, calls.clientId))
      .where(and(eq(clients.name, "Bright Dental"), eq(calls.status, "missed")))
      .limit(1);
    await expectStatus(
      openCallRecording(await clientUserFor("admin@brightdental.test"), missed.id, { mode: "play", range: null }),
      404,
    );
  });

  it("checks and rewrites files with no transaction open, and a file still missing is 404 without an event", async () => {
    const call = await recordedCall("Bright Dental", 4);
    const db = await getDb();
    await db.update(calls).set({ recordingPath: "recordings/not-in-this-data-dir.wav" }).where(eq(calls.id, call.id));
    pool.insideTransaction.length = 0;
    await expectStatus(
      openCallRecording(await clientUserFor("admin@brightdental.test"), call.id, { mode: "play", range: null }),
      404,
    );
    expect(pool.insideTransaction).toEqual([false]);
    expect(await auditCount("recording_play", call.id)).toBe(0);
  });
});
