import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { calls, recordingFetches } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { backoffMs } from "@/lib/audit/deliver-outbox";
import { getConfig } from "@/lib/config";
import { copyRecording } from "@/lib/ingest/copy-recording";
import { appStore } from "@/lib/storage/app-store";
import type { ObjectStore } from "@/lib/storage/object-store";
import { instanceId } from "../instance-id";

// A few at a time: each is a long download, and the round must end inside the lease.
const BATCH = 4;
const MAX_ATTEMPTS = 8;

type Claimed = { call_id: string; agency_id: string; source_url: string; attempts: number };

/**
 * One round of recording copies: rows due are claimed (FOR UPDATE SKIP LOCKED, leased), each
 * provider recording is streamed into the store under `recordings/ingested/…`, and the call
 * points at it; the row then goes. An expired link stays as `expired` with its error until
 * reconciliation reads the call again and brings a fresh link; other failures back off.
 */
export async function fetchRecordings(db: Db, opts: { now?: Date; store?: ObjectStore; timeoutMs?: number } = {}) {
  const now = opts.now ?? new Date();
  const config = getConfig();
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
    update recording_fetches set next_attempt_at = ${new Date(now.getTime() + Math.max(config.workerLeaseMs, 120_000)).toISOString()}::timestamptz,
      claimed_by = ${instanceId()}
    where call_id in (
      select call_id from recording_fetches where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at limit ${BATCH}
      for update skip locked)
    returning call_id, agency_id, source_url, attempts`),
  );
  let copied = 0;
  for (const row of claimed) {
    const ext = /\.mp3(\?|$)/i.test(row.source_url) ? "mp3" : "wav";
    const key = `recordings/ingested/${row.agency_id}/${row.call_id}.${ext}`;
    const result = await copyRecording({
      store: opts.store ?? appStore(),
      url: row.source_url,
      key,
      allowPrivate: config.allowPrivateWebhooks,
      timeoutMs: opts.timeoutMs,
    });
    await withTenant(row.agency_id, async (tx) => {
      const mine = and(eq(recordingFetches.callId, row.call_id), eq(recordingFetches.sourceUrl, row.source_url));
      if (result.copied) {
        await tx.update(calls).set({ recordingPath: key }).where(eq(calls.id, row.call_id));
        await tx.delete(recordingFetches).where(mine);
        return;
      }
      const attempts = row.attempts + 1;
      await tx
        .update(recordingFetches)
        .set({
          status: result.expired ? "expired" : attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          attempts,
          lastError: result.error,
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          claimedBy: null,
          updatedAt: now,
        })
        .where(mine);
    });
    if (result.copied) copied++;
  }
  return { claimed: claimed.length, copied };
}
