import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { agencies, auditCheckpoints, auditEvents, auditHeads } from "@/db/schema";
import { emitAudit } from "./emit-audit";
import { SYSTEM_ACTOR } from "./system-actor";

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeResult = { agencyId: string; slug: string; deleted: number; checkpointSeq: number };

/**
 * The retention job: per agency, in one transaction, deletes the events older than its retention
 * (always a prefix of the chain, up to the last expired seq), writes a checkpoint with that event's
 * seq and hash so the rest still verifies, and records `audit_purged` in the chain itself — the
 * verifier only trusts a checkpoint the chain vouches for.
 */
export async function purgeExpiredAuditEvents(db: Db, now = new Date()): Promise<PurgeResult[]> {
  const list = await db
    .select({ id: agencies.id, slug: agencies.slug, retentionDays: agencies.auditRetentionDays })
    .from(agencies);
  const results: PurgeResult[] = [];
  for (const agency of list) {
    const result = await purgeAgency(db, agency, now);
    if (result) results.push(result);
  }
  return results;
}

async function purgeAgency(
  db: Db,
  agency: { id: string; slug: string; retentionDays: number },
  now: Date,
): Promise<PurgeResult | null> {
  const purgedBefore = new Date(now.getTime() - agency.retentionDays * DAY_MS);
  return db.transaction(async (tx) => {
    // Writers wait on the head while we cut the chain, so nothing lands between delete and checkpoint.
    const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.agencyId, agency.id)).for("update");
    if (!head) return null;
    const [last] = await tx
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, agency.id), lt(auditEvents.occurredAt, purgedBefore)))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    if (!last) return null;
    // The append-only trigger lets DELETE through only with this flag, for this transaction only.
    await tx.execute(sql`select set_config('switchboard.audit_purge', 'on', true)`);
    const [{ deleted }] = rowsOf<{ deleted: number }>(
      await tx.execute(sql`
      with gone as (delete from audit_events where agency_id = ${agency.id} and seq <= ${last.seq} returning 1)
      select count(*)::int as deleted from gone`),
    );
    await tx.execute(sql`select set_config('switchboard.audit_purge', 'off', true)`);
    await tx.insert(auditCheckpoints).values({ agencyId: agency.id, seq: last.seq, hash: last.hash, purgedBefore });
    await emitAudit(tx, agency.id, SYSTEM_ACTOR, {
      action: "audit_purged",
      target: { type: "agency", id: agency.id },
      details: {
        deleted,
        retentionDays: agency.retentionDays,
        purgedBefore: purgedBefore.toISOString(),
        checkpointSeq: last.seq,
        checkpointHash: last.hash,
      },
    });
    return { agencyId: agency.id, slug: agency.slug, deleted: Number(deleted), checkpointSeq: last.seq };
  });
}
