import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { auditDestinations, auditEvents, auditOutbox } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { instanceId } from "@/lib/jobs/instance-id";
import { openDestinationSecret } from "./destination-secret";
import { toStreamedEvent, type StreamedAuditEvent } from "./event-dto";
import { sendToDestination } from "./send-to-destination";

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** 10 s, 20 s, 40 s … capped at an hour: a receiver that is down for a day is not hammered. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

type Claimed = { id: number; destination_id: string; event_id: string; attempts: number };

/**
 * One round of the SIEM delivery worker. Rows are claimed with FOR UPDATE SKIP LOCKED and leased
 * (next_attempt_at pushed ahead by WORKER_LEASE_SECONDS, claimed_by naming this instance) in a short
 * transaction, then sent with no transaction open, so a slow receiver blocks neither the database
 * nor another worker; a worker that dies mid-send only delays its rows until the lease ends
 * (at-least-once), and one that shuts down hands them back (lib/jobs/release-claims.ts).
 * Delivered rows are deleted; failed ones back off, and the destination records its failure
 * count and last error.
 */
export async function deliverOutbox(db: Db, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
    update audit_outbox set next_attempt_at = ${new Date(now.getTime() + getConfig().workerLeaseMs).toISOString()}::timestamptz,
      claimed_by = ${instanceId()}
    where id in (
      select o.id from audit_outbox o join audit_destinations d on d.id = o.destination_id
      where o.next_attempt_at <= ${now.toISOString()}::timestamptz and d.enabled
      order by o.id limit ${opts.limit ?? 200}
      for update of o skip locked)
    returning id, destination_id, event_id, attempts`),
  );
  if (claimed.length === 0) return { claimed: 0, delivered: 0, failed: 0 };

  const events = await db
    .select()
    .from(auditEvents)
    .where(inArray(auditEvents.id, [...new Set(claimed.map((c) => c.event_id))]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const destinations = await db
    .select()
    .from(auditDestinations)
    .where(inArray(auditDestinations.id, [...new Set(claimed.map((c) => c.destination_id))]));
  let delivered = 0;
  let failed = 0;
  for (const destination of destinations) {
    const rows = claimed
      .filter((c) => c.destination_id === destination.id && eventById.has(c.event_id))
      .sort((a, b) => eventById.get(a.event_id)!.seq - eventById.get(b.event_id)!.seq);
    const result = await sendBatch(
      destination,
      rows.map((r) => toStreamedEvent(eventById.get(r.event_id)!)),
      now,
    );
    const done = rows.slice(0, result.delivered);
    const pending = rows.slice(result.delivered);
    delivered += done.length;
    failed += pending.length;
    await recordOutcome(db, destination.id, done, pending, result.error, now);
  }
  return { claimed: claimed.length, delivered, failed };
}

// A destination whose secret no longer opens (AUTH_SECRET changed) fails alone, visibly.
async function sendBatch(destination: typeof auditDestinations.$inferSelect, events: StreamedAuditEvent[], now: Date) {
  try {
    const secret = openDestinationSecret(destination.id, destination.secretCiphertext);
    return await sendToDestination({ kind: destination.kind, url: destination.url, secret }, events, now);
  } catch (error) {
    return { delivered: 0, error: (error as Error).message || "Delivery failed" };
  }
}

async function recordOutcome(
  db: Db,
  destinationId: string,
  done: Claimed[],
  pending: Claimed[],
  error: string | null,
  now: Date,
) {
  await db.transaction(async (tx) => {
    if (done.length)
      await tx.delete(auditOutbox).where(
        inArray(
          auditOutbox.id,
          done.map((r) => r.id),
        ),
      );
    for (const row of pending) {
      await tx
        .update(auditOutbox)
        .set({
          attempts: row.attempts + 1,
          nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts + 1)),
          lastError: error,
          claimedBy: null,
        })
        .where(eq(auditOutbox.id, row.id));
    }
    if (error) {
      await tx
        .update(auditDestinations)
        .set({ failures: sql`${auditDestinations.failures} + 1`, lastError: error, lastErrorAt: now })
        .where(eq(auditDestinations.id, destinationId));
    } else if (done.length) {
      await tx
        .update(auditDestinations)
        .set({ failures: 0, lastSuccessAt: now })
        .where(eq(auditDestinations.id, destinationId));
    }
  });
}
