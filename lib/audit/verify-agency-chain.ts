import { and, asc, desc, eq, gt, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, auditCheckpoints, auditEvents, auditHeads } from "@/db/schema";
import { GENESIS_HASH } from "./hash-event";
import { ChainVerifier, type ChainBreak, type ChainRow, type ChainStart } from "./verify-chain";

export type ChainReport = {
  agencyId: string;
  slug: string;
  ok: boolean;
  checked: number;
  fromSeq: number;
  toSeq: number;
  broken?: ChainBreak;
};

const BATCH = 1000;

/**
 * Streams one agency's chain from its latest checkpoint in keyset batches (seq > last seen), so
 * memory stays flat however long the log is. The head is read first: events appended while we
 * read are left for the next run instead of looking like a mismatch.
 */
export async function verifyAgencyChain(db: Queryable, agency: { id: string; slug: string }): Promise<ChainReport> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, agency.id));
  const [checkpoint] = await db.select().from(auditCheckpoints)
    .where(eq(auditCheckpoints.agencyId, agency.id)).orderBy(desc(auditCheckpoints.seq)).limit(1);
  const start: ChainStart = checkpoint
    ? { seq: checkpoint.seq, hash: checkpoint.hash, checkpoint: true }
    : { seq: 0, hash: GENESIS_HASH, checkpoint: false };
  const verifier = new ChainVerifier(start);
  const report = (broken: ChainBreak | null): ChainReport => ({
    agencyId: agency.id, slug: agency.slug, ok: !broken, checked: verifier.count,
    fromSeq: start.seq + 1, toSeq: start.seq + verifier.count, ...(broken ? { broken } : {}),
  });
  let after = start.seq;
  for (;;) {
    const rows = await db.select().from(auditEvents)
      .where(and(eq(auditEvents.agencyId, agency.id), gt(auditEvents.seq, after), head ? lte(auditEvents.seq, head.lastSeq) : undefined))
      .orderBy(asc(auditEvents.seq)).limit(BATCH);
    for (const row of rows) {
      const broken = verifier.push(chainRowOf(row));
      if (broken) return report(broken);
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].seq;
  }
  return report(verifier.finish(head ? { lastSeq: head.lastSeq, lastHash: head.lastHash } : null));
}

export async function verifyAllAgencies(db: Queryable): Promise<ChainReport[]> {
  const list = await db.select({ id: agencies.id, slug: agencies.slug }).from(agencies).orderBy(asc(agencies.slug));
  const reports: ChainReport[] = [];
  for (const agency of list) reports.push(await verifyAgencyChain(db, agency));
  return reports;
}

export function chainRowOf(row: typeof auditEvents.$inferSelect): ChainRow {
  return {
    agencyId: row.agencyId, seq: row.seq, occurredAt: row.occurredAt.toISOString(), action: row.action,
    actorType: row.actorType, actorId: row.actorId, actorEmail: row.actorEmail, targetType: row.targetType,
    targetId: row.targetId, clientId: row.clientId, outcome: row.outcome, ip: row.ip, userAgent: row.userAgent,
    sessionRef: row.sessionRef, details: row.details, prevHash: row.prevHash, hash: row.hash,
  };
}
