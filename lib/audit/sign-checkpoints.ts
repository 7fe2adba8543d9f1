import "server-only";
import type { KeyObject } from "node:crypto";
import { and, eq, gt, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { auditHmacKey, auditPublicKeyOf, auditSigningKey } from "./audit-keys";
import { defaultCheckpointStore, type CheckpointStore } from "./checkpoint-store";
import { emitAudit } from "./emit-audit";
import { loadCheckpoints } from "./load-checkpoints";
import { signCheckpoint } from "./signed-checkpoint";
import { SYSTEM_ACTOR } from "./system-actor";
import { listAgencies, verifyAgencyChain } from "./verify-agency-chain";

export type CheckpointDeps = { store: CheckpointStore; privateKey: KeyObject; macKey: string };

export type CheckpointResult =
  | { slug: string; agencyId: string; status: "signed"; seq: number }
  | { slug: string; agencyId: string; status: "unchanged"; seq: number | null }
  | { slug: string; agencyId: string; status: "refused"; seq: number; reason: string };

export function defaultCheckpointDeps(): CheckpointDeps {
  return { store: defaultCheckpointStore(), privateKey: auditSigningKey()!, macKey: auditHmacKey()! };
}

/**
 * Signs a checkpoint of the agency's chain head when it moved since the last one, stores it out of
 * the database and records it as an `audit_checkpoint_signed` event, which the outbox streams to
 * the agency's SIEM destinations like any other. The chain since the last checkpoint is verified
 * WITH the MAC key first: a checkpoint never vouches for history someone rewrote in between. No
 * lock is held while verifying; the checkpoint is of the head as read, later events wait for the next.
 *
 * Events without a MAC are signed only as far as an earlier checkpoint already vouches for them as
 * legacy (`unkeyedUntil`, carried forward) — except in the upgrade round (`firstRound`, see
 * signCheckpoints), which signs the unkeyed prefix of each chain once as the legacy boundary.
 */
export async function signAgencyCheckpoint(
  db: Db,
  agency: { id: string; slug: string },
  deps: CheckpointDeps = defaultCheckpointDeps(),
  now = new Date(),
  firstRound = false,
): Promise<CheckpointResult> {
  const base = { slug: agency.slug, agencyId: agency.id };
  const publicKey = auditPublicKeyOf(deps.privateKey);
  const { trusted } = await loadCheckpoints(deps.store, publicKey, agency.id);
  const last = trusted.at(-1);
  if (last && !(await movedSince(db, agency.id, last.seq))) return { ...base, status: "unchanged", seq: last.seq };
  const report = await verifyAgencyChain(db, agency, {
    macKey: deps.macKey,
    checkpoints: trusted,
    from: last,
    acceptUnvouchedPrefix: firstRound,
  });
  if (report.broken) return { ...base, status: "refused", seq: report.broken.seq, reason: report.broken.reason };
  if (report.toSeq === 0 || (last && report.toSeq <= last.seq))
    return { ...base, status: "unchanged", seq: last?.seq ?? null };
  const unkeyedUntil = Math.max(report.unkeyedUntil, ...trusted.map((c) => c.unkeyedUntil ?? 0));
  const checkpoint = signCheckpoint(
    deps.privateKey,
    publicKey,
    { agencyId: agency.id, seq: report.toSeq, hash: report.toHash, unkeyedUntil },
    now,
  );
  await deps.store.put(checkpoint);
  await db.transaction((tx) =>
    emitAudit(tx, agency.id, SYSTEM_ACTOR, {
      action: "audit_checkpoint_signed",
      target: { type: "agency", id: agency.id },
      details: { checkpoint },
    }),
  );
  return { ...base, status: "signed", seq: report.toSeq };
}

/**
 * One round over every agency. The upgrade round is told apart WITHOUT trusting the database: the
 * checkpoint store holds no checkpoint of any agency yet (decided once, before this round writes
 * any). Only then may unkeyed events be signed as legacy; from the next round on, an unkeyed event
 * beyond a signed `unkeyedUntil` (MACs stripped, a new agency included) is refused.
 */
export async function signCheckpoints(
  db: Db,
  deps: CheckpointDeps = defaultCheckpointDeps(),
  now = new Date(),
): Promise<CheckpointResult[]> {
  const results: CheckpointResult[] = [];
  const firstRound = !(await deps.store.hasAny());
  for (const agency of await listAgencies(db))
    results.push(await signAgencyCheckpoint(db, agency, deps, now, firstRound));
  return results;
}

// The checkpoint's own event moves the head too; only other events call for a new one.
async function movedSince(db: Db, agencyId: string, seq: number): Promise<boolean> {
  const [row] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.agencyId, agencyId),
        gt(auditEvents.seq, seq),
        ne(auditEvents.action, "audit_checkpoint_signed"),
      ),
    )
    .limit(1);
  return Boolean(row);
}
