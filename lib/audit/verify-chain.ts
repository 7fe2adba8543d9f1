import { hashEvent, type ChainedFields } from "./hash-event";

/** One stored event as the verifier sees it: the chained fields plus the two stored hashes. */
export type ChainRow = ChainedFields & { prevHash: string; hash: string };

/** Where verification starts: genesis (seq 0) or the latest retention checkpoint. */
export type ChainStart = { seq: number; hash: string; checkpoint: boolean };

export type ChainHead = { lastSeq: number; lastHash: string } | null;

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks one agency's chain row by row, in seq order, at constant memory: seq without gaps from
 * the start, each prevHash equal to the previous hash, each hash recomputed from the row. `finish`
 * compares the end with the head row, which emitAudit moves in the same transaction as every
 * insert — so deleting the last rows is caught too. Pure: no I/O.
 */
export class ChainVerifier {
  private expectedSeq: number;
  private previousHash: string;
  private checkpointRecorded = false;
  count = 0;

  constructor(private readonly start: ChainStart) {
    this.expectedSeq = start.seq + 1;
    this.previousHash = start.hash;
  }

  /** The first problem in this row, or null. Stop feeding rows after the first break. */
  push(row: ChainRow): ChainBreak | null {
    if (row.seq !== this.expectedSeq) {
      return { seq: this.expectedSeq, reason: `seq ${this.expectedSeq} is missing (next stored is ${row.seq})` };
    }
    if (row.prevHash !== this.previousHash) {
      return { seq: row.seq, reason: `seq ${row.seq} does not link to the event before it` };
    }
    const { prevHash: _p, hash, ...fields } = row;
    if (hashEvent(this.previousHash, fields) !== hash) {
      return { seq: row.seq, reason: `seq ${row.seq} was altered (its hash does not match its content)` };
    }
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
    const lastSeq = this.expectedSeq - 1;
    if (!head) {
      return this.count === 0 && !this.start.checkpoint ? null : { seq: this.start.seq + 1, reason: "the chain's head row is missing" };
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
    if (this.start.checkpoint && !this.checkpointRecorded) {
      return { seq: this.start.seq, reason: `the checkpoint at seq ${this.start.seq} is not recorded by an audit_purged event` };
    }
    return null;
  }
}

// A checkpoint is only trusted when the chain itself says the purge wrote it.
function recordsCheckpoint(row: ChainRow, start: ChainStart): boolean {
  const details = row.details as { checkpointSeq?: unknown; checkpointHash?: unknown };
  return details.checkpointSeq === start.seq && details.checkpointHash === start.hash;
}
