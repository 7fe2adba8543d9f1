import "server-only";
import { hashEvent, type ChainedFields } from "./hash-event";
import { checkEventMac } from "./mac-event";

/** One stored event as the verifier sees it: the chained fields, the two stored hashes and the MAC. */
export type ChainRow = ChainedFields & { prevHash: string; hash: string; mac: string | null };

/** Where verification starts: genesis (seq 0) or the latest retention checkpoint. */
export type ChainStart = { seq: number; hash: string; checkpoint: boolean };

export type ChainHead = { lastSeq: number; lastHash: string } | null;

export type ChainBreak = { seq: number; reason: string };

/**
 * A signed checkpoint whose signature was already checked: the chain's keyless hash at seq, and
 * up to which seq the chain may have no MACs (events written before keying; 0 when none).
 */
export type TrustedCheckpoint = { seq: number; hash: string; unkeyedUntil?: number };

export type VerifyOptions = {
  /** AUDIT_HMAC_KEY: with it every MAC is recomputed; without it (an outside auditor) only their presence is checked. */
  macKey?: string | null;
  /** Signed checkpoints, from outside the database: the history up to each must still hash to it. */
  checkpoints?: TrustedCheckpoint[];
  /**
   * Only for the very first checkpoint round after the upgrade (see sign-checkpoints.ts): accept an
   * unkeyed prefix that no signed checkpoint vouches for yet, so that round can sign it as legacy.
   */
  acceptUnvouchedPrefix?: boolean;
};

/**
 * Checks one agency's chain row by row, in seq order, at constant memory: seq without gaps from
 * the start, each prevHash equal to the previous hash, each hash recomputed from the row, each
 * MAC recomputed with the key, and the hash at every signed checkpoint equal to the signed one.
 * `finish` compares the end with the head row, which emitAudit moves in the same transaction as
 * every insert — so deleting the last rows is caught too — and with the newest checkpoint.
 * Pure: no I/O.
 *
 * Keying came with an upgrade, so a chain may begin with unkeyed events — but only up to the seq a
 * signed checkpoint vouches for as legacy (its `unkeyedUntil`), a boundary kept out of the
 * database. Any other event without a MAC is a forgery, including a whole chain whose MACs were
 * all dropped, edited and re-hashed: the database alone cannot tell "never keyed" from "stripped".
 */
export class ChainVerifier {
  private expectedSeq: number;
  private previousHash: string;
  private checkpointRecorded = false;
  private readonly pending: TrustedCheckpoint[];
  private readonly legacyUntil: number;
  private lastMatchedSeq: number;
  private initialBreak: ChainBreak | null = null;
  count = 0;
  keyedFrom: number | null = null;
  /** The last event without a MAC that was accepted (0 when none): what a legacy checkpoint vouches for. */
  unkeyedUntil = 0;
  checkpointsMatched = 0;

  constructor(
    private readonly start: ChainStart,
    private readonly opts: VerifyOptions = {},
  ) {
    this.expectedSeq = start.seq + 1;
    this.previousHash = start.hash;
    this.lastMatchedSeq = start.seq;
    const checkpoints = [...(opts.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
    // A checkpoint cannot vouch for unkeyed events beyond its own seq.
    this.legacyUntil = Math.max(0, ...checkpoints.map((c) => Math.min(c.unkeyedUntil ?? 0, c.seq)));
    // Checkpoints of purged history can only be held against the retention checkpoint itself.
    const atStart = checkpoints.find((c) => c.seq === start.seq && start.seq > 0);
    if (atStart && atStart.hash !== start.hash) {
      this.initialBreak = {
        seq: start.seq,
        reason: `the retention checkpoint at seq ${start.seq} does not match the signed checkpoint of that seq`,
      };
    } else if (atStart) {
      this.checkpointsMatched += 1;
    }
    this.pending = checkpoints.filter((c) => c.seq > start.seq);
  }

  /** The first problem in this row, or null. Stop feeding rows after the first break. */
  push(row: ChainRow): ChainBreak | null {
    if (this.initialBreak) return this.initialBreak;
    if (row.seq !== this.expectedSeq) {
      return { seq: this.expectedSeq, reason: `seq ${this.expectedSeq} is missing (next stored is ${row.seq})` };
    }
    if (row.prevHash !== this.previousHash) {
      return { seq: row.seq, reason: `seq ${row.seq} does not link to the event before it` };
    }
    const { prevHash: _p, hash, mac, ...fields } = row;
    if (hashEvent(this.previousHash, fields) !== hash) {
      return { seq: row.seq, reason: `seq ${row.seq} was altered (its hash does not match its content)` };
    }
    const keyed = this.checkMac(row.seq, hash, mac);
    if (keyed) return keyed;
    const signed = this.checkSigned(row.seq, hash);
    if (signed) return signed;
    if (this.start.checkpoint && row.action === "audit_purged" && recordsCheckpoint(row, this.start)) {
      this.checkpointRecorded = true;
    }
    this.expectedSeq += 1;
    this.previousHash = hash;
    this.count += 1;
    return null;
  }

  /** Compares where the rows ended with the head; null when the whole chain holds. */
  finish(head: ChainHead): ChainBreak | null {
    if (this.initialBreak) return this.initialBreak;
    const lastSeq = this.expectedSeq - 1;
    if (!head) {
      if (this.pending.length) return this.beyondEnd(lastSeq);
      return this.count === 0 && !this.start.checkpoint
        ? null
        : { seq: this.start.seq + 1, reason: "the chain's head row is missing" };
    }
    if (head.lastSeq > lastSeq) {
      return { seq: lastSeq + 1, reason: `seq ${lastSeq + 1}–${head.lastSeq} are missing at the end of the chain` };
    }
    if (head.lastSeq < lastSeq) {
      return { seq: head.lastSeq + 1, reason: `seq ${head.lastSeq + 1} is beyond the chain's head` };
    }
    if (head.lastHash !== this.previousHash) {
      return { seq: lastSeq, reason: `seq ${lastSeq} does not match the hash the head recorded` };
    }
    if (this.pending.length) return this.beyondEnd(lastSeq);
    if (this.start.checkpoint && !this.checkpointRecorded) {
      return {
        seq: this.start.seq,
        reason: `the checkpoint at seq ${this.start.seq} is not recorded by an audit_purged event`,
      };
    }
    return null;
  }

  private checkMac(seq: number, hash: string, mac: string | null): ChainBreak | null {
    if (mac === null) {
      if (this.keyedFrom !== null) {
        return {
          seq,
          reason: `seq ${seq} has no MAC although the chain is keyed from seq ${this.keyedFrom} (an unkeyed event after keyed ones: downgrade)`,
        };
      }
      if (seq > this.legacyUntil && !this.opts.acceptUnvouchedPrefix) {
        return {
          seq,
          reason:
            `seq ${seq} has no MAC and no signed checkpoint vouches for it as written before the chain was keyed ` +
            `(${this.legacyUntil ? `legacy events only up to seq ${this.legacyUntil}` : "no legacy checkpoint"}): its MAC was dropped`,
        };
      }
      this.unkeyedUntil = seq;
      return null;
    }
    this.keyedFrom ??= seq;
    if (!this.opts.macKey) return null;
    const check = checkEventMac(this.opts.macKey, hash, mac);
    if (check === "other_key") {
      return {
        seq,
        reason: `seq ${seq} carries a MAC of another key (id ${mac.split(".")[0]}): was AUDIT_HMAC_KEY changed, or the MAC forged?`,
      };
    }
    if (check === "mismatch") {
      return {
        seq,
        reason: `seq ${seq} was altered (its MAC does not match: rewritten and re-hashed without the audit key)`,
      };
    }
    return null;
  }

  private checkSigned(seq: number, hash: string): ChainBreak | null {
    while (this.pending.length && this.pending[0].seq === seq) {
      const checkpoint = this.pending.shift()!;
      if (checkpoint.hash !== hash) {
        return {
          seq,
          reason:
            `seq ${seq} does not match its signed checkpoint: history up to seq ${seq} was rewritten after it was signed ` +
            `(the change is in seq ${this.lastMatchedSeq + 1}–${seq})`,
        };
      }
      this.checkpointsMatched += 1;
      this.lastMatchedSeq = seq;
    }
    return null;
  }

  private beyondEnd(lastSeq: number): ChainBreak {
    const newest = this.pending[this.pending.length - 1].seq;
    return {
      seq: lastSeq + 1,
      reason: `the chain ends at seq ${lastSeq}, but seq ${newest} was signed in a checkpoint: seq ${lastSeq + 1}–${newest} were removed`,
    };
  }
}

// A checkpoint is only trusted when the chain itself says the purge wrote it.
function recordsCheckpoint(row: ChainRow, start: ChainStart): boolean {
  const details = row.details as { checkpointSeq?: unknown; checkpointHash?: unknown };
  return details.checkpointSeq === start.seq && details.checkpointHash === start.hash;
}
