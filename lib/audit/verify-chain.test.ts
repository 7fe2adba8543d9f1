import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEvent, type ChainedFields } from "./hash-event";
import { macEvent } from "./mac-event";
import { ChainVerifier, type ChainRow, type ChainStart, type VerifyOptions } from "./verify-chain";

const KEY = "unit-test-audit-hmac-key-0123456789abcdef";

type ChainOpts = {
  from?: { seq: number; hash: string };
  extra?: (seq: number) => Partial<ChainedFields>;
  key?: string | null;
  unkeyedUpTo?: number;
};

function chain(length: number, opts: ChainOpts = {}): ChainRow[] {
  const { from = { seq: 0, hash: GENESIS_HASH }, extra, key = KEY, unkeyedUpTo = 0 } = opts;
  const rows: ChainRow[] = [];
  let prev = from.hash;
  for (let seq = from.seq + 1; seq <= from.seq + length; seq++) {
    const fields: ChainedFields = {
      agencyId: "a",
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      action: "logout",
      actorType: "user",
      actorId: "u",
      actorEmail: "o@acme.test",
      targetType: null,
      targetId: null,
      clientId: null,
      outcome: "success",
      ip: null,
      userAgent: null,
      sessionRef: null,
      details: { n: seq },
      ...extra?.(seq),
    };
    const hash = hashEvent(prev, fields);
    rows.push({ ...fields, prevHash: prev, hash, mac: key && seq > unkeyedUpTo ? macEvent(key, hash) : null });
    prev = hash;
  }
  return rows;
}

/** What a database owner without the key can do: change one row and recompute the plain SHA-256 chain after it. */
function rehash(
  rows: ChainRow[],
  index: number,
  change: Partial<ChainedFields>,
  macs: "keep" | "drop" = "keep",
): ChainRow[] {
  const out = rows.map((r) => ({ ...r }));
  out[index] = { ...out[index], ...change };
  for (let i = index; i < out.length; i++) {
    const prevHash = i === 0 ? GENESIS_HASH : out[i - 1].hash;
    const { prevHash: _p, hash: _h, mac, ...fields } = out[i];
    out[i] = { ...out[i], prevHash, hash: hashEvent(prevHash, fields), mac: macs === "drop" ? null : mac };
  }
  return out;
}

const GENESIS: ChainStart = { seq: 0, hash: GENESIS_HASH, checkpoint: false };

function run(
  rows: ChainRow[],
  start: ChainStart = GENESIS,
  head: ChainRow | null | undefined = rows.at(-1),
  opts: VerifyOptions = { macKey: KEY },
) {
  const v = new ChainVerifier(start, opts);
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
    const { prevHash: _p, hash: _h, mac: _m, ...fields } = forged;
    rows[1] = { ...forged, hash: hashEvent(forged.prevHash, fields) };
    expect(run(rows)).toMatchObject({ seq: 2, reason: expect.stringContaining("does not link") });
  });

  it("catches the last rows deleted, against the head", () => {
    const rows = chain(5);
    const head = rows[4];
    expect(run(rows.slice(0, 4), undefined, head)).toMatchObject({
      seq: 5,
      reason: expect.stringContaining("missing at the end"),
    });
    expect(run(rows.slice(0, 4), undefined, null)).toMatchObject({ seq: 1, reason: expect.stringContaining("head") });
  });

  it("verifies from a checkpoint only when an audit_purged event records it", () => {
    const purged = chain(10);
    const checkpoint = { seq: 6, hash: purged[5].hash, checkpoint: true };
    const kept = purged.slice(6);
    expect(run(kept, checkpoint)).toMatchObject({ seq: 6, reason: expect.stringContaining("not recorded") });

    const recorded = chain(3, {
      from: checkpoint,
      extra: (seq) =>
        seq === 7 ? { action: "audit_purged", details: { checkpointSeq: 6, checkpointHash: checkpoint.hash } } : {},
    });
    expect(run(recorded, checkpoint)).toBeNull();
    expect(run(recorded.slice(1), checkpoint)).toMatchObject({ seq: 7 });
  });
});

describe("ChainVerifier with the MAC key", () => {
  it("names the edited row of a chain re-hashed with plain SHA-256 (the hashes all agree, the MACs do not)", () => {
    const forged = rehash(chain(8), 3, { details: { n: 999 } });
    expect(run(forged, GENESIS, forged.at(-1), {})).toBeNull(); // what the unkeyed chain could not see
    expect(run(forged)).toMatchObject({ seq: 4, reason: expect.stringContaining("MAC does not match") });
  });

  it("refuses an unkeyed event after a keyed one: a re-hashed tail with its MACs dropped (downgrade)", () => {
    const forged = rehash(chain(8), 3, { details: { n: 999 } }, "drop");
    expect(run(forged)).toMatchObject({ seq: 4, reason: expect.stringContaining("downgrade") });
    expect(run(forged, GENESIS, forged.at(-1), { macKey: null })).toMatchObject({
      seq: 4,
      reason: expect.stringContaining("downgrade"),
    });
  });

  it("accepts the unkeyed events a signed legacy checkpoint vouches for, then requires keys", () => {
    const upgraded = chain(6, { unkeyedUpTo: 3 });
    const legacy = { macKey: KEY, checkpoints: [{ seq: 3, hash: upgraded[2].hash, unkeyedUntil: 3 }] };
    expect(run(upgraded, GENESIS, upgraded.at(-1), legacy)).toBeNull();
    expect(run(upgraded, GENESIS, upgraded.at(-1), { ...legacy, macKey: null })).toBeNull();
    const v = new ChainVerifier(GENESIS, legacy);
    upgraded.forEach((r) => v.push(r));
    expect(v.keyedFrom).toBe(4);
    expect(v.unkeyedUntil).toBe(3);
    // Without that checkpoint, the database alone cannot tell legacy events from stripped ones.
    expect(run(upgraded)).toMatchObject({ seq: 1, reason: expect.stringContaining("no legacy checkpoint") });
  });

  it("refuses a chain whose MACs were ALL dropped, then edited and re-hashed, when no checkpoint vouches for it as legacy", () => {
    const stripped = rehash(chain(8), 4, { details: { n: 999 } }).map((r) => ({ ...r, mac: null }));
    for (const opts of [{ macKey: KEY }, { macKey: null }, { macKey: KEY, checkpoints: [] }]) {
      expect(run(stripped, GENESIS, stripped.at(-1), opts)).toMatchObject({
        seq: 1,
        reason: expect.stringContaining("MAC was dropped"),
      });
    }
    // Only the upgrade round accepts an unvouched prefix, to sign it as the legacy boundary.
    const v = new ChainVerifier(GENESIS, { macKey: KEY, acceptUnvouchedPrefix: true });
    expect(stripped.map((r) => v.push(r)).filter(Boolean)).toEqual([]);
    expect(v.unkeyedUntil).toBe(8);
  });

  it("a checkpoint vouches for unkeyed events only up to its own seq", () => {
    const rows = chain(6, { key: null });
    expect(
      run(rows, GENESIS, rows.at(-1), { checkpoints: [{ seq: 2, hash: rows[1].hash, unkeyedUntil: 6 }] }),
    ).toMatchObject({ seq: 3, reason: expect.stringContaining("legacy events only up to seq 2") });
  });

  it("tells a MAC of another key apart from a forged one", () => {
    const rows = chain(3, { key: "a-different-audit-hmac-key-0123456789abcdef" });
    expect(run(rows)).toMatchObject({ seq: 1, reason: expect.stringContaining("another key") });
  });
});

describe("ChainVerifier against signed checkpoints", () => {
  it("with only the public key's checkpoints (no MAC key), names the checkpoint a rewrite before it breaks, and the range", () => {
    const rows = chain(10);
    const checkpoints = [
      { seq: 4, hash: rows[3].hash },
      { seq: 8, hash: rows[7].hash },
    ];
    const auditor = { macKey: null, checkpoints };
    expect(run(rows, GENESIS, rows.at(-1), auditor)).toBeNull();
    const forged = rehash(rows, 5, { details: { n: 999 } });
    expect(run(forged, GENESIS, forged.at(-1), auditor)).toMatchObject({
      seq: 8,
      reason: expect.stringMatching(/signed checkpoint.*seq 5–8/),
    });
    // A rewrite after the newest checkpoint is beyond what the public key can see.
    expect(run(rehash(rows, 9, { details: { n: 999 } }), GENESIS, undefined, auditor)).toBeNull();
  });

  it("catches events removed after a checkpoint, even with the head moved back", () => {
    const rows = chain(10);
    const checkpoints = [{ seq: 9, hash: rows[8].hash }];
    expect(run(rows.slice(0, 7), GENESIS, rows[6], { checkpoints })).toMatchObject({
      seq: 8,
      reason: expect.stringContaining("were removed"),
    });
  });

  it("requires MACs beyond the signed legacy boundary, even of a chain that dropped every MAC", () => {
    const rows = chain(6, { key: null });
    expect(
      run(rows, GENESIS, rows.at(-1), { macKey: null, checkpoints: [{ seq: 3, hash: rows[2].hash }] }),
    ).toMatchObject({ seq: 1, reason: expect.stringContaining("no legacy checkpoint") });
    expect(
      run(rows, GENESIS, rows.at(-1), { macKey: null, checkpoints: [{ seq: 3, hash: rows[2].hash, unkeyedUntil: 3 }] }),
    ).toMatchObject({ seq: 4, reason: expect.stringContaining("legacy events only up to seq 3") });
  });

  it("holds a retention checkpoint against the signed checkpoint of the same seq", () => {
    const rows = chain(6);
    const start = { seq: 3, hash: "e".repeat(64), checkpoint: true };
    expect(run(rows.slice(3), start, rows.at(-1), { checkpoints: [{ seq: 3, hash: rows[2].hash }] })).toMatchObject({
      seq: 3,
      reason: expect.stringContaining("retention checkpoint"),
    });
  });
});
