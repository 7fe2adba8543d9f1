import "server-only";
import type { KeyObject } from "node:crypto";
import type { Queryable } from "@/db/client";
import type { CheckpointStore } from "./checkpoint-store";
import { loadCheckpoints } from "./load-checkpoints";
import { verifyAllAgencies, type ChainReport } from "./verify-agency-chain";

export type VerifySetup = {
  /** AUDIT_HMAC_KEY, or null for an outside auditor (MACs are then checked for presence only). */
  macKey: string | null;
  /** The checkpoint signing key's public half, or null: checkpoints are then not checked. */
  publicKey: KeyObject | null;
  store: CheckpointStore;
};

export type AuditReport = ChainReport & { checkpointsChecked: boolean; newestCheckpoint: number | null };

/**
 * What `npm run audit:verify` runs: every agency's chain, with the MAC key when there is one and
 * against the signed checkpoints of the store. A stored checkpoint that does not verify breaks
 * the agency's report even when the chain holds: someone changed what was meant to be out of reach.
 */
export async function verifyAudit(db: Queryable, setup: VerifySetup): Promise<AuditReport[]> {
  const extra = new Map<string, { problem: { seq: number; reason: string } | null; newest: number | null }>();
  const reports = await verifyAllAgencies(db, async (agency) => {
    if (!setup.publicKey) return { macKey: setup.macKey };
    const loaded = await loadCheckpoints(setup.store, setup.publicKey, agency.id);
    extra.set(agency.id, { problem: loaded.problem, newest: loaded.trusted.at(-1)?.seq ?? null });
    return { macKey: setup.macKey, checkpoints: loaded.trusted };
  });
  return reports.map((report) => {
    const found = extra.get(report.agencyId);
    const merged: AuditReport = {
      ...report,
      checkpointsChecked: Boolean(setup.publicKey),
      newestCheckpoint: found?.newest ?? null,
    };
    if (report.ok && found?.problem) return { ...merged, ok: false, broken: found.problem };
    return merged;
  });
}

/** One line per agency, as the CLI prints it. */
export function describeReport(r: AuditReport): string {
  if (!r.ok) return `BROKEN  ${r.slug}: first broken seq ${r.broken!.seq} — ${r.broken!.reason}`;
  const parts = [
    `${r.checked} events, seq ${r.fromSeq}–${r.toSeq}${r.fromSeq > 1 ? " (from retention checkpoint)" : ""}`,
  ];
  parts.push(
    r.keyedFrom === null
      ? "no keyed events"
      : `keyed from seq ${r.keyedFrom}, MACs ${r.macsChecked ? "checked" : "present (no key: not recomputed)"}`,
  );
  if (r.checkpointsChecked) {
    parts.push(
      r.newestCheckpoint === null
        ? "no signed checkpoint yet"
        : `${r.checkpointsMatched} signed checkpoint${r.checkpointsMatched === 1 ? "" : "s"} ${r.checkpointsMatched === 1 ? "holds" : "hold"}, newest seq ${r.newestCheckpoint}`,
    );
    // What the public key cannot vouch for yet: only the MAC key covers it.
    const from = Math.max(r.newestCheckpoint ?? 0, r.fromSeq - 1) + 1;
    if (from <= r.toSeq)
      parts.push(`seq ${from}${from < r.toSeq ? `–${r.toSeq}` : ""} not covered by a checkpoint yet`);
  }
  return `OK      ${r.slug}: ${parts.join(" · ")}`;
}
