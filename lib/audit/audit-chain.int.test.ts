import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { auditCheckpoints, auditEvents, auditHeads } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { auditActorOf } from "@/lib/authz/actor";
import { auditHmacKey } from "./audit-keys";
import { emitAudit } from "./emit-audit";
import { purgeExpiredAuditEvents } from "./purge-expired";
import { verifyAgencyChain, verifyAllAgencies } from "./verify-agency-chain";

const DAY = 24 * 60 * 60 * 1000;

async function emitSome(email: string, count: number) {
  const db = await getDb();
  const actor = await staffFor(email);
  for (let i = 0; i < count; i++) {
    await db.transaction((tx) =>
      emitAudit(tx, actor.agencyId, auditActorOf(actor), {
        action: "client_updated",
        target: { type: "client", id: null },
        details: { before: { n: i }, after: { n: i + 1 } },
      }),
    );
  }
  return actor;
}

/** As the table owner, with the append-only trigger off for one statement: what an intruder with DB access could do. */
async function tamper(statement: ReturnType<typeof sql>) {
  const db = await getDb();
  await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
  }
}

const slug = (agencyId: string) => ({ id: agencyId, slug: "test" });
const keyed = () => ({ macKey: auditHmacKey({ create: false }) });

/** The append-only trigger's own refusal (drizzle wraps the database error as the cause). */
async function expectRefused(query: Promise<unknown>) {
  const error = await query.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error?.cause?.message ?? error?.message).toMatch(/is append-only/);
}

describe("audit chain", () => {
  it("verifies every seeded agency", async () => {
    const reports = await verifyAllAgencies(await getDb(), keyed);
    expect(reports.map((r) => [r.slug, r.ok, r.macsChecked, r.keyedFrom])).toEqual([
      ["acme", true, true, 1],
      ["globex", true, true, 1],
    ]);
  });

  it("refuses UPDATE and DELETE on events (checkpoints: in the purge test, once one exists)", async () => {
    const db = await getDb();
    await expectRefused(db.execute(sql`update audit_events set action = 'logout'`));
    await expectRefused(db.execute(sql`delete from audit_events`));
  });

  it("leaves no event, no head move and no outbox row when the transaction fails", async () => {
    const db = await getDb();
    const actor = await staffFor("owner@acme.test");
    const [before] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, actor.agencyId));
    await expect(
      db.transaction(async (tx) => {
        await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
          action: "client_updated",
          details: { marker: "rolled-back" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const [after] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, actor.agencyId));
    expect(after).toEqual(before);
    const leaked = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'marker' = 'rolled-back'`);
    expect(leaked).toEqual([]);
  });

  it("names the sequence number of a row changed behind its back, and holds again once restored", async () => {
    const db = await getDb();
    const actor = await emitSome("owner@acme.test", 5);
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, actor.agencyId));
    const target = head.lastSeq - 2;
    const [original] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, actor.agencyId), eq(auditEvents.seq, target)));
    await tamper(
      sql`update audit_events set details = '{"before":{"n":0},"after":{"n":999}}'::jsonb where agency_id = ${actor.agencyId} and seq = ${target}`,
    );
    const report = await verifyAgencyChain(db, slug(actor.agencyId), keyed());
    expect(report.ok).toBe(false);
    expect(report.broken?.seq).toBe(target);
    await tamper(
      sql`update audit_events set details = ${JSON.stringify(original.details)}::jsonb where id = ${original.id}`,
    );
    expect((await verifyAgencyChain(db, slug(actor.agencyId), keyed())).ok).toBe(true);
  });

  it("detects the last row deleted, against the head", async () => {
    const db = await getDb();
    const actor = await emitSome("owner@globex.test", 3);
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, actor.agencyId));
    const [last] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, actor.agencyId), eq(auditEvents.seq, head.lastSeq)));
    await tamper(sql`delete from audit_events where id = ${last.id}`);
    const report = await verifyAgencyChain(db, slug(actor.agencyId), keyed());
    expect(report).toMatchObject({ ok: false, broken: { seq: head.lastSeq } });
    await db.insert(auditEvents).values(last);
    expect((await verifyAgencyChain(db, slug(actor.agencyId), keyed())).ok).toBe(true);
  });

  it("purges what is older than the retention, leaves a checkpoint the chain still verifies from, and records it", async () => {
    const db = await getDb();
    const actor = await emitSome("owner@acme.test", 2);
    expect(await purgeExpiredAuditEvents(db, new Date(Date.now() + 100 * DAY))).toEqual([]);

    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, actor.agencyId));
    const results = await purgeExpiredAuditEvents(db, new Date(Date.now() + 366 * DAY));
    const acme = results.find((r) => r.agencyId === actor.agencyId)!;
    expect(acme.checkpointSeq).toBe(head.lastSeq);
    expect(acme.deleted).toBe(head.lastSeq);

    const left = await db.select().from(auditEvents).where(eq(auditEvents.agencyId, actor.agencyId));
    expect(left.map((e) => [e.seq, e.action, e.actorType])).toEqual([[head.lastSeq + 1, "audit_purged", "system"]]);
    expect(left[0].details).toMatchObject({ deleted: head.lastSeq, checkpointSeq: head.lastSeq, retentionDays: 365 });
    expect(left[0].mac).toMatch(/^[0-9a-f]{8}\.[0-9a-f]{64}$/); // the purge's own record is keyed like every event
    const [checkpoint] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.agencyId, actor.agencyId));
    expect(checkpoint).toMatchObject({ seq: head.lastSeq, hash: head.lastHash });
    await emitSome("owner@acme.test", 2);
    expect(await verifyAgencyChain(db, slug(actor.agencyId), keyed())).toMatchObject({
      ok: true,
      fromSeq: head.lastSeq + 1,
      checked: 3,
    });

    // The purge flag was local to the purge's transaction.
    await expect(db.execute(sql`delete from audit_events where agency_id = ${actor.agencyId}`)).rejects.toThrow();
    await expectRefused(db.execute(sql`update audit_checkpoints set seq = 1`));
    await expectRefused(db.execute(sql`delete from audit_checkpoints`));

    // A forged checkpoint without its audit_purged event does not verify.
    const [purgedEvent] = left;
    await tamper(sql`delete from audit_events where id = ${purgedEvent.id}`);
    expect((await verifyAgencyChain(db, slug(actor.agencyId), keyed())).ok).toBe(false);
    await db.insert(auditEvents).values(purgedEvent);
    const counts = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from audit_events where agency_id = ${actor.agencyId}`),
    );
    expect(counts[0].n).toBe(3);
  });
});
