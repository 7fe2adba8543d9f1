import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { providerEvents } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { backoffMs } from "@/lib/audit/deliver-outbox";
import { getConfig } from "@/lib/config";
import { applyNormalisedCall, UnplacedCall } from "./apply-normalised-call";
import type { Provider } from "@/lib/ingest/event-identity";
import { MalformedEvent, normaliseEvent } from "@/lib/ingest/normalise-event";
import { instanceId } from "../instance-id";

const BATCH = 50;
// An event whose agent is not synced yet is retried for about a day (10 s … 1 h apart), then
// left failed on the connection's health; reconciliation brings the call once the agent exists.
export const MAX_EVENT_ATTEMPTS = 30;

type Claimed = {
  id: number;
  agency_id: string;
  connection_id: string;
  provider: Provider;
  event_type: string;
  payload: unknown;
  attempts: number;
};

/**
 * One round of the ingestion worker: inbox rows are claimed with FOR UPDATE SKIP LOCKED and
 * leased to this instance (as the webhook outbox does), then each is turned into a call in its
 * agency's tenant transaction. A malformed event is kept as failed with its error and never
 * stops the round; an event that cannot be placed yet backs off and is tried again.
 */
export async function processProviderEvents(db: Db, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
    update provider_events set next_attempt_at = ${new Date(now.getTime() + getConfig().workerLeaseMs).toISOString()}::timestamptz,
      claimed_by = ${instanceId()}
    where id in (
      select id from provider_events where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by id limit ${opts.limit ?? BATCH}
      for update skip locked)
    returning id, agency_id, connection_id, provider, event_type, payload, attempts`),
  );
  let processed = 0;
  let failed = 0;
  for (const row of claimed.sort((a, b) => a.id - b.id)) {
    if (await processOne(db, row, now)) processed++;
    else failed++;
  }
  return { claimed: claimed.length, processed, failed };
}

async function processOne(db: Db, row: Claimed, now: Date): Promise<boolean> {
  const done = (set: Partial<typeof providerEvents.$inferInsert>) =>
    db
      .update(providerEvents)
      .set({ claimedBy: null, attempts: row.attempts + 1, ...set })
      .where(eq(providerEvents.id, row.id));
  try {
    const result = normaliseEvent(row.provider, row.payload);
    if (result.kind === "ignored") {
      await done({ status: "ignored", error: result.reason, processedAt: now });
      return true;
    }
    const { callId } = await withTenant(row.agency_id, (tx) =>
      applyNormalisedCall(tx, { id: row.connection_id, agencyId: row.agency_id, provider: row.provider }, result.call),
    );
    await done({ status: "processed", error: null, callId, processedAt: now });
    return true;
  } catch (error) {
    if (error instanceof MalformedEvent) {
      await done({ status: "failed", error: `Malformed ${row.event_type} event: ${error.message}`, processedAt: now });
      return false;
    }
    const attempts = row.attempts + 1;
    const message = error instanceof UnplacedCall ? error.message : "The call could not be stored; it will be retried.";
    if (!(error instanceof UnplacedCall)) console.error("[provider events] storing a call failed", error);
    await done({
      status: attempts >= MAX_EVENT_ATTEMPTS ? "failed" : "pending",
      error: message,
      nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
      processedAt: attempts >= MAX_EVENT_ATTEMPTS ? now : null,
    });
    return false;
  }
}
