import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { startReceiver } from "@/db/testing/http-receiver";
import { rewriteChain } from "@/db/testing/rewrite-chain";
import { auditActorOf, type StaffActor } from "@/lib/authz/actor";
import { createAuditDestination } from "@/lib/dal/audit/create-audit-destination";
import { deleteAuditDestination } from "@/lib/dal/audit/delete-audit-destination";
import { auditHmacKey } from "./audit-keys";
import { fileCheckpointStore } from "./checkpoint-store";
import { deliverOutbox } from "./deliver-outbox";
import { emitAudit } from "./emit-audit";
import { purgeExpiredAuditEvents } from "./purge-expired";
import { signAgencyCheckpoint, signCheckpoints, type CheckpointDeps } from "./sign-checkpoints";
import { checkCheckpoint, type SignedCheckpoint } from "./signed-checkpoint";
import { verifyAgencyChain } from "./verify-agency-chain";
import { verifyAudit } from "./verify-audit";

const DAY = 24 * 60 * 60 * 1000;
const { privateKey, publicKey } = generateKeyPairSync("ed25519");
let acme: StaffActor;
let globex: StaffActor;
let deps: CheckpointDeps;
let storeDir: string;

async function emitN(actor: StaffActor, n: number, label: string) {
  const db = await getDb();
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      emitAudit(tx, actor.agencyId, auditActorOf(actor), { action: "client_updated", details: { label, i } }),
    );
  }
}

const agency = (actor: StaffActor) => ({
  id: actor.agencyId,
  slug: actor.agencyId === acme.agencyId ? "acme" : "globex",
});
const withKey = () => ({ macKey: auditHmacKey({ create: false }) });
const auditorReport = async (actor: StaffActor) =>
  (await verifyAudit(await getDb(), { macKey: null, publicKey, store: deps.store })).find(
    (r) => r.agencyId === actor.agencyId,
  )!;

beforeAll(async () => {
  acme = await staffFor("owner@acme.test");
  globex = await staffFor("owner@globex.test");
  storeDir = mkdtempSync(path.join(tmpdir(), "audit-checkpoints-"));
  deps = { store: fileCheckpointStore(storeDir), privateKey, macKey: auditHmacKey()! };
});

describe("the keyed audit chain", () => {
  it("a fresh seed is keyed from its first event, with the key outside the database", async () => {
    const db = await getDb();
    expect(await db.select({ seq: auditEvents.seq }).from(auditEvents).where(isNull(auditEvents.mac))).toEqual([]);
    const report = await verifyAgencyChain(db, agency(acme), withKey());
    expect(report).toMatchObject({ ok: true, keyedFrom: 1, macsChecked: true });
  });

  it("an upgraded deployment: the first checkpoint round signs the unkeyed prefix as legacy; only that signed boundary lets verify accept it", async () => {
    const db = await getDb();
    await emitN(acme, 6, "upgrade");
    const saved = await db
      .select({ id: auditEvents.id, mac: auditEvents.mac })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, acme.agencyId), lte(auditEvents.seq, 6)));
    const legacy: CheckpointDeps = {
      ...deps,
      store: fileCheckpointStore(mkdtempSync(path.join(tmpdir(), "audit-legacy-"))),
    };
    const acmeOf = async (setup: { macKey: string | null; store: CheckpointDeps["store"] }) =>
      (await verifyAudit(db, { ...setup, publicKey })).find((r) => r.agencyId === acme.agencyId)!;
    // What 0011 leaves on an existing database: the old events without a MAC.
    await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    try {
      await db.execute(sql`update audit_events set mac = null where agency_id = ${acme.agencyId} and seq <= 4`);
      // Before any checkpoint, the database alone cannot tell these from stripped MACs.
      expect(await verifyAgencyChain(db, agency(acme), withKey())).toMatchObject({
        ok: false,
        broken: { seq: 1, reason: expect.stringContaining("no legacy checkpoint") },
      });
      // The upgrade round (an empty checkpoint store) signs the unkeyed prefix once, as legacy.
      const round = (await signCheckpoints(db, legacy)).find((r) => r.agencyId === acme.agencyId);
      expect(round).toMatchObject({ status: "signed" });
      const [stored] = await legacy.store.list(acme.agencyId);
      expect(checkCheckpoint(publicKey, acme.agencyId, stored)).toMatchObject({
        ok: true,
        checkpoint: { payload: { unkeyedUntil: 4 } },
      });
      expect(await acmeOf({ macKey: withKey().macKey, store: legacy.store })).toMatchObject({
        ok: true,
        keyedFrom: 5,
        macsChecked: true,
      });
      expect(await acmeOf({ macKey: null, store: legacy.store })).toMatchObject({
        ok: true,
        keyedFrom: 5,
        checkpointsMatched: 1,
      });
      await db.execute(sql`update audit_events set mac = null where agency_id = ${acme.agencyId} and seq = 6`);
      expect(await acmeOf({ macKey: withKey().macKey, store: legacy.store })).toMatchObject({
        ok: false,
        broken: { seq: 6, reason: expect.stringContaining("downgrade") },
      });
    } finally {
      for (const row of saved) await db.update(auditEvents).set({ mac: row.mac }).where(eq(auditEvents.id, row.id));
      await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    }

    // A database owner strips EVERY MAC of an agency with no checkpoint, edits an event and re-hashes.
    // The store holds acme's legacy checkpoint only: the upgrade round is over, globex was never signed.
    const acmeOnly: CheckpointDeps = {
      ...deps,
      store: fileCheckpointStore(mkdtempSync(path.join(tmpdir(), "audit-legacy-"))),
    };
    for (const c of await legacy.store.list(acme.agencyId)) await acmeOnly.store.put(c as SignedCheckpoint);
    await emitN(globex, 3, "to-strip");
    const [first] = await db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, globex.agencyId), eq(auditEvents.seq, 1)));
    const stripped = await rewriteChain(globex.agencyId, 1, first.details, { dropMacs: true });
    const edited = await rewriteChain(globex.agencyId, 3, { forged: true }, { dropMacs: true });
    try {
      expect(await verifyAgencyChain(db, agency(globex), { macKey: null })).toMatchObject({
        ok: false,
        broken: { seq: 1 },
      });
      const globexOf = async (macKey: string | null) =>
        (await verifyAudit(db, { macKey, publicKey, store: acmeOnly.store })).find(
          (r) => r.agencyId === globex.agencyId,
        )!;
      for (const macKey of [withKey().macKey, null]) {
        expect(await globexOf(macKey)).toMatchObject({
          ok: false,
          broken: { seq: 1, reason: expect.stringContaining("MAC was dropped") },
        });
      }
      // Not the upgrade round any more (the store holds checkpoints): the stripped history is not signed.
      const refused = (await signCheckpoints(db, acmeOnly)).find((r) => r.agencyId === globex.agencyId);
      expect(refused).toMatchObject({ status: "refused", seq: 1, reason: expect.stringContaining("MAC was dropped") });
    } finally {
      await edited();
      await stripped();
    }
    expect(await verifyAgencyChain(db, agency(globex), withKey())).toMatchObject({ ok: true, keyedFrom: 1 });
  });

  it("names the edited event after a database owner re-hashed every later one with plain SHA-256", async () => {
    const db = await getDb();
    await emitN(acme, 5, "before-attack");
    const [{ seq: target }] = await db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, acme.agencyId), eq(auditEvents.action, "client_updated")))
      .limit(1);
    const undo = await rewriteChain(acme.agencyId, target, { forged: true });
    try {
      // The hashes agree with each other and with the head: the unkeyed chain alone would pass.
      expect(await verifyAgencyChain(db, agency(acme), { macKey: null })).toMatchObject({ ok: true });
      expect(await verifyAgencyChain(db, agency(acme), withKey())).toMatchObject({
        ok: false,
        broken: { seq: target, reason: expect.stringContaining("MAC does not match") },
      });
    } finally {
      await undo();
    }
    const dropped = await rewriteChain(acme.agencyId, target, { forged: true }, { dropMacs: true });
    try {
      for (const macKey of [withKey().macKey, null]) {
        expect(await verifyAgencyChain(db, agency(acme), { macKey })).toMatchObject({
          ok: false,
          broken: { seq: target, reason: expect.stringContaining("downgrade") },
        });
      }
    } finally {
      await dropped();
    }
    expect((await verifyAgencyChain(db, agency(acme), withKey())).ok).toBe(true);
  });

  it("with only the public key, proves a rewrite before a signed checkpoint and names that checkpoint", async () => {
    const db = await getDb();
    await emitN(globex, 3, "pre-checkpoint");
    const signed = await signAgencyCheckpoint(db, agency(globex), deps);
    expect(signed).toMatchObject({ status: "signed", seq: expect.any(Number) });
    const checkpointSeq = (signed as { seq: number }).seq;
    await emitN(globex, 2, "post-checkpoint");
    expect(await auditorReport(globex)).toMatchObject({
      ok: true,
      checkpointsMatched: 1,
      newestCheckpoint: checkpointSeq,
      macsChecked: false,
    });

    // MACs left as they were: present, so the auditor's presence check passes; only the key could recompute them.
    const undo = await rewriteChain(globex.agencyId, checkpointSeq - 1, { forged: true });
    try {
      const report = await auditorReport(globex);
      expect(report).toMatchObject({
        ok: false,
        broken: { seq: checkpointSeq, reason: expect.stringContaining("signed checkpoint") },
      });
      expect(report.broken!.reason).toContain(`–${checkpointSeq})`);
    } finally {
      await undo();
    }
    expect((await auditorReport(globex)).ok).toBe(true);
  });

  it("detects a checkpoint whose signature or content was tampered with in storage", async () => {
    const db = await getDb();
    await emitN(globex, 1, "tamper-file");
    expect(await signAgencyCheckpoint(db, agency(globex), deps)).toMatchObject({ status: "signed" });
    const folder = path.join(storeDir, globex.agencyId);
    const file = path.join(folder, readdirSync(folder).sort().at(-1)!);
    const original = readFileSync(file, "utf8");
    const stored = JSON.parse(original);
    try {
      writeFileSync(file, JSON.stringify({ ...stored, payload: { ...stored.payload, hash: "0".repeat(64) } }));
      expect(await auditorReport(globex)).toMatchObject({
        ok: false,
        broken: { seq: stored.payload.seq, reason: expect.stringContaining("bad signature") },
      });
      const other = generateKeyPairSync("ed25519").privateKey;
      const { signature } = (await import("./signed-checkpoint")).signCheckpoint(other, publicKey, stored.payload);
      writeFileSync(file, JSON.stringify({ ...stored, signature }));
      expect(await auditorReport(globex)).toMatchObject({
        ok: false,
        broken: { reason: expect.stringContaining("bad signature") },
      });
    } finally {
      writeFileSync(file, original);
    }
    expect((await auditorReport(globex)).ok).toBe(true);
  });

  it("writes a checkpoint to storage and streams it to the agency's SIEM receiver; signs again only when other events moved the head", async () => {
    const db = await getDb();
    const receiver = await startReceiver([200]);
    const destination = await createAuditDestination(acme, {
      kind: "https_json",
      name: "SIEM",
      url: `${receiver.url}/siem`,
      secret: "whsec-0123456789abcdef",
    });
    try {
      await emitN(acme, 2, "to-checkpoint");
      const result = await signAgencyCheckpoint(db, agency(acme), deps);
      expect(result).toMatchObject({ status: "signed" });
      const seq = (result as { seq: number }).seq;
      expect(await signAgencyCheckpoint(db, agency(acme), deps)).toMatchObject({ status: "unchanged", seq });

      const stored = await deps.store.list(acme.agencyId);
      expect(stored.map((c) => checkCheckpoint(publicKey, acme.agencyId, c))).toContainEqual({
        ok: true,
        checkpoint: expect.objectContaining({ payload: expect.objectContaining({ seq, agencyId: acme.agencyId }) }),
      });

      while ((await deliverOutbox(db)).claimed > 0);
      const streamed = receiver.received
        .map((r) => JSON.parse(r.body))
        .filter((e) => e.action === "audit_checkpoint_signed");
      expect(streamed).toHaveLength(1);
      expect(streamed[0]).toMatchObject({ seq: seq + 1, actor: { type: "system" } });
      expect(checkCheckpoint(publicKey, acme.agencyId, streamed[0].details.checkpoint)).toMatchObject({ ok: true });
      expect(streamed[0].details.checkpoint.payload).toMatchObject({
        seq,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      // Nothing secret travels with it.
      expect(JSON.stringify(streamed[0])).not.toContain(deps.macKey);

      await emitN(acme, 1, "moved");
      expect(await signAgencyCheckpoint(db, agency(acme), deps)).toMatchObject({ status: "signed", seq: seq + 2 });
    } finally {
      await deleteAuditDestination(acme, destination.id);
      await receiver.close();
    }
  });

  it("refuses to sign a chain rewritten since its last checkpoint", async () => {
    const db = await getDb();
    await emitN(globex, 2, "refuse");
    const newest = (await auditorReport(globex)).newestCheckpoint!;
    // After the checkpoint (newest + 1 is its own event): invisible to the public key, not to the signer.
    const late = await rewriteChain(globex.agencyId, newest + 2, { forged: true });
    try {
      expect(await signAgencyCheckpoint(db, agency(globex), deps)).toMatchObject({
        status: "refused",
        seq: newest + 2,
      });
    } finally {
      await late();
    }
    expect(await signAgencyCheckpoint(db, agency(globex), deps)).toMatchObject({ status: "signed" });
  });

  it("a retention purge and signed checkpoints agree: purged checkpoints are not held against the gap, later ones are", async () => {
    const db = await getDb();
    await emitN(acme, 2, "before-purge");
    expect(await signAgencyCheckpoint(db, agency(acme), deps)).toMatchObject({ status: "signed" });
    const [result] = (await purgeExpiredAuditEvents(db, new Date(Date.now() + 366 * DAY))).filter(
      (r) => r.agencyId === acme.agencyId,
    );
    expect(result.deleted).toBeGreaterThan(0);
    const keyed = { macKey: auditHmacKey({ create: false }), publicKey, store: deps.store };
    const report = (await verifyAudit(db, keyed)).find((r) => r.agencyId === acme.agencyId)!;
    expect(report).toMatchObject({ ok: true, fromSeq: result.checkpointSeq + 1, macsChecked: true });
    expect(await signAgencyCheckpoint(db, agency(acme), deps)).toMatchObject({ status: "signed" });
    expect(await auditorReport(acme)).toMatchObject({ ok: true, checkpointsMatched: 1 });
  });
});
