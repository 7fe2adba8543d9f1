import "server-only";
import { and, asc, desc, eq, gt, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, auditCheckpoints, auditEvents, auditHeads } from "@/db/schema";
import { GENESIS_HASH } from "./hash-event";
import { ChainVerifier, type ChainBreak, type ChainRow, type ChainStart, type VerifyOptions } from "./verify-chain";

export type ChainReport = {
  agencyId: string;
  slug: string;
  ok: boolean;
  checked: number;
  fromSeq: number;
  toSeq: number;
  /** The keyless hash at toSeq: what a checkpoint of this run signs. */
  toHash: string;
  keyedFrom: number | null;
  /** The last event without a MAC (0 when none): legacy events a checkpoint of this run vouches for. */
  unkeyedUntil: number;
  macsChecked: boolean;
  checkpointsMatched: number;
  broken?: ChainBreak;
};

export type AgencyVerifyOptions = VerifyOptions & {
  /** Start here instead of genesis (a checkpoint already verified), unless retention purged past it. */
  from?: { seq: number; hash: string };
};

const BATCH = 1000;

/**
 * Streams one agency's chain from its latest retention checkpoint (or `from`) in keyset batches
 * (seq > last seen), so memory stays flat however long the log is. The head is read first: events
 * appended while we read are left for the next run instead of looking like a mismatch.
 */
export async function verifyAgencyChain(
  db: Queryable,
  agency: { id: string; slug: string },
  opts: AgencyVerifyOptions = {},
): Promise<ChainReport> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, agency.id));
  const [checkpoint] = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.agencyId, agency.id))
    .orderBy(desc(auditCheckpoints.seq))
    .limit(1);
  let start: ChainStart = checkpoint
    ? { seq: checkpoint.seq, hash: checkpoint.hash, checkpoint: true }
    : { seq: 0, hash: GENESIS_HASH, checkpoint: false };
  if (opts.from && opts.from.seq > start.seq) start = { ...opts.from, checkpoint: false };
  const verifier = new ChainVerifier(start, opts);
  let toHash = start.hash;
  const report = (broken: ChainBreak | null): ChainReport => ({
    agencyId: agency.id,
    slug: agency.slug,
    ok: !broken,
    checked: verifier.count,
    fromSeq: start.seq + 1,
    toSeq: start.seq + verifier.count,
    toHash,
    keyedFrom: verifier.keyedFrom,
    unkeyedUntil: verifier.unkeyedUntil,
    macsChecked: Boolean(opts.macKey),
    checkpointsMatched: verifier.checkpointsMatched,
    ...(broken ? { broken } : {}),
  });
  let after = start.seq;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.agencyId, agency.id),
          gt(auditEvents.seq, after),
          head ? lte(auditEvents.seq, head.lastSeq) : undefined,
        ),
      )
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      const broken = verifier.push(chainRowOf(row));
      if (broken) return report(broken);
      toHash = row.hash;
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].seq;
  }
  return report(verifier.finish(head ? { lastSeq: head.lastSeq, lastHash: head.lastHash } : null));
}

export async function listAgencies(db: Queryable) {
  return db.select({ id: agencies.id, slug: agencies.slug }).from(agencies).orderBy(asc(agencies.slug));
}

/** Every agency with the same options; `optionsFor` supplies per-agency ones (its checkpoints). */
export async function verifyAllAgencies(
  db: Queryable,
  optionsFor: (agency: { id: string; slug: string }) => Promise<AgencyVerifyOptions> | AgencyVerifyOptions = () => ({}),
): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const agency of await listAgencies(db))
    reports.push(await verifyAgencyChain(db, agency, await optionsFor(agency)));
  return reports;
}

export function chainRowOf(row: typeof auditEvents.$inferSelect): ChainRow {
  return {
    agencyId: row.agencyId,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    actorType: row.actorType,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    targetType: row.targetType,
    targetId: row.targetId,
    clientId: row.clientId,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    sessionRef: row.sessionRef,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
    mac: row.mac,
  };
}
