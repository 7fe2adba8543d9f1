import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { recordingFetches } from "@/db/schema";

type Fetch = { callId: string; agencyId: string; connectionId: string | null; sourceUrl: string };

/**
 * Queues recordings to copy (lib/jobs/ingest/fetch-recordings.ts). A call already queued with the
 * same link keeps its row; a fresh link (reconciliation or a re-sent call reads it again) replaces
 * an expired one and is tried now.
 */
export async function queueRecordingFetches(tx: Queryable, fetches: Fetch[]) {
  if (fetches.length === 0) return;
  await tx
    .insert(recordingFetches)
    .values(fetches)
    .onConflictDoUpdate({
      target: recordingFetches.callId,
      set: {
        sourceUrl: sql`excluded.source_url`,
        status: "pending",
        attempts: 0,
        nextAttemptAt: sql`now()`,
        lastError: null,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${recordingFetches.sourceUrl} <> excluded.source_url`,
    });
}
