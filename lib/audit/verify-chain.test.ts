import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEvent, type ChainedFields } from "./hash-event";
import { ChainVerifier, type ChainRow } from "./verify-chain";

function chain(length: number, from = { seq: 0, hash: GENESIS_HASH }, extra?: (seq: number) => Partial<ChainedFields>): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = from.hash;
  for (let seq = from.seq + 1; seq <= from.seq + length; seq++) {
    const fields: ChainedFields = {
      agencyId: "a", seq, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(), action: "logout",
      actorType: "user", actorId: "u", actorEmail: "o@acme.test", targetType: null, targetId: null, clientId: null,
      outcome: "success", ip: null, userAgent: null, sessionRef: null, details: { n: seq }, ...extra?.(seq),
    };
    const hash = hashEvent(prev, fields);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

function run(rows: ChainRow[], start = { seq: 0, hash: GENESIS_HASH, checkpoint: false }, head: ChainRow | null | undefined = rows.at(-1)) {
  const v = new ChainVerifier(start);
  for (const row of rows) {
    const broken = v.push(row);
    if (broken) return broken;
  }
  return v.finish(head ? { lastSeq: head.seq, lastHash: head.hash } : null);
}

describe("ChainVerifier", () => {
  it("accepts an intact chain and an empty one", () => {
    expect(run(chain(5))).toBeNull();
    expect(run([])).toBeNull();
  });

  it("names the altered row", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], details: { n: 99 } };
    expect(run(rows)).toMatchObject({ seq: 3, reason: expect.stringContaining("altered") });
  });

  it("names a missing row in the middle", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(run(rows)).toMatchObject({ seq: 2, reason: expect.stringContaining("missing") });
  });

  it("names a row whose link was rewritten along with its hash", () => {
    const rows = chain(3);
    const forged = { ...rows[1], prevHash: "f".repeat(64) };
    const { prevHash: _p, hash: _h, ...fields } = forged;
    rows[1] = { ...forged, hash: hashEvent(forged.prevHash, fields) };
    expect(run(rows)).toMatchObject({ seq: 2, reason: expect.stringContaining("does not link") });
  });

  it("catches the last rows deleted, against the head", () => {
    const rows = chain(5);
    const head = rows[4];
    expect(run(rows.slice(0, 4), undefined, head)).toMatchObject({ seq: 5, reason: expect.stringContaining("missing at the end") });
    expect(run(rows.slice(0, 4), undefined, null)).toMatchObject({ seq: 1, reason: expect.stringContaining("head") });
  });

  it("verifies from a checkpoint only when an audit_purged event records it", () => {
    const purged = chain(10);
    const checkpoint = { seq: 6, hash: purged[5].hash, checkpoint: true };
    const kept = purged.slice(6);
    expect(run(kept, checkpoint)).toMatchObject({ seq: 6, reason: expect.stringContaining("not recorded") });

    const recorded = chain(3, checkpoint, (seq) => seq === 7 ? { action: "audit_purged", details: { checkpointSeq: 6, checkpointHash: checkpoint.hash } } : {});
    expect(run(recorded, checkpoint)).toBeNull();
    expect(run(recorded.slice(1), checkpoint)).toMatchObject({ seq: 7 });
  });
});
