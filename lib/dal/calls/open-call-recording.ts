import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { ensureRecordingPool } from "@/lib/recordings/ensure-recording-pool";
import { parseRange, startsPlayback, type RangeResult } from "@/lib/recordings/parse-range";
import { recordingKey } from "@/lib/recordings/recording-file";
import { appStore } from "@/lib/storage/app-store";
import { uuidOrNotFound } from "@/lib/uuid";
import { visibleCallsWhere } from "./visible-calls-where";

export type RecordingMode = "play" | "download";

/**
 * Authorises one request for a call's audio and says which bytes to send. Play and download are
 * separate capabilities and separate events (SPEC §6). A player fetches a file in many Range
 * requests; only the one that starts at byte 0 (or asks for the whole file) is a new playback, so
 * seeking and buffering do not flood the log with `recording_play`.
 *
 * The row is read in one short transaction and the event written in another: the file checks
 * between them (and rewriting the demo pool, seconds of disk work) hold no transaction open —
 * on PGlite's single connection that would stall every other request meanwhile.
 */
export async function openCallRecording(actor: Actor, id: string, opts: { mode: RecordingMode; range: string | null }) {
  const viewer = requireClient(actor, opts.mode === "download" ? "calls.recording.download" : "calls.recording.play");
  const callId = uuidOrNotFound(id, "Call not found");
  const row = await withTenant(viewer.agencyId, async (tx) => {
    const [found] = await tx
      .select({ recordingPath: calls.recordingPath, startedAt: calls.startedAt })
      .from(calls)
      .where(and(visibleCallsWhere(viewer), eq(calls.id, callId), isNotNull(calls.recordingPath)));
    return found;
  });
  if (!row?.recordingPath) throw notFound("Recording not found");
  // Store work (a stat that may rewrite the demo pool, or a round trip to S3) holds no transaction open.
  const key = recordingKey(row.recordingPath);
  const size = await recordingSize(key);
  const range: RangeResult = parseRange(opts.range, size);
  if (startsPlayback(range)) {
    await withTenant(viewer.agencyId, (tx) =>
      emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
        action: opts.mode === "download" ? "recording_download" : "recording_play",
        target: { type: "call", id: callId },
        clientId: viewer.clientId,
      }),
    );
  }
  const day = row.startedAt.toISOString().slice(0, 10);
  // Recordings copied from a provider may be MP3 (lib/ingest/copy-recording.ts); the demo pool is WAV.
  const mp3 = key.endsWith(".mp3");
  const fileName = `call-${day}-${callId.slice(0, 8)}.${mp3 ? "mp3" : "wav"}`;
  return { key, size, range, fileName, contentType: mp3 ? "audio/mpeg" : "audio/wav" };
}

// A PostgreSQL database seeded on another machine (or a newly configured bucket) has the rows
// but not the pooled demo files in the store: write the pool once, then look again.
async function recordingSize(key: string): Promise<number> {
  const store = appStore();
  const first = await store.stat(key);
  if (first) return first.size;
  await ensureRecordingPool(store);
  const second = await store.stat(key);
  if (!second) throw notFound("Recording not found");
  return second.size;
}
