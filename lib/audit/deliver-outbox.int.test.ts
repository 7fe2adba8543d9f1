import { createHmac } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditDestinations, auditOutbox } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { auditEventsSince, auditMark } from "@/db/testing/audit-events";
import { startReceiver } from "@/db/testing/http-receiver";
import { auditActorOf, type StaffActor } from "@/lib/authz/actor";
import { resetConfigForTests } from "@/lib/config";
import { createAuditDestination } from "@/lib/dal/audit/create-audit-destination";
import { deleteAuditDestination } from "@/lib/dal/audit/delete-audit-destination";
import { getAuditSettings } from "@/lib/dal/audit/get-audit-settings";
import { deliverOutbox } from "./deliver-outbox";
import { emitAudit } from "./emit-audit";

const SECRET = "whsec-0123456789abcdef";
let owner: StaffActor;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

async function emitN(actor: StaffActor, n: number, label: string) {
  const db = await getDb();
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      emitAudit(tx, actor.agencyId, auditActorOf(actor), { action: "client_updated", details: { label, i } }),
    );
  }
}

const later = (ms: number) => new Date(Date.now() + ms);
const health = async (actor: StaffActor, id: string) =>
  (await getAuditSettings(actor)).destinations.find((d) => d.id === id)!;

beforeAll(async () => {
  owner = await staffFor("owner@acme.test");
  receiver = await startReceiver([500, 500, 200]);
});

afterAll(() => receiver.close());

describe("SIEM streaming through the outbox", () => {
  it("delivers every event at least once through failures, same id on every retry, and shows failure then recovery", async () => {
    const db = await getDb();
    const mark = await auditMark(owner.agencyId);
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "Receiver",
      url: `${receiver.url}/hook`,
      secret: SECRET,
    });
    await emitN(owner, 5, "stream");
    const expected = (await auditEventsSince(owner.agencyId, mark)).map((e) => e.id);
    expect(expected).toHaveLength(6); // the destination's own creation event is streamed too

    expect(await deliverOutbox(db)).toMatchObject({ claimed: 6, delivered: 0, failed: 6 });
    expect(await health(owner, destination.id)).toMatchObject({
      health: "failing",
      failures: 1,
      lastError: expect.stringContaining("HTTP 500"),
      pending: 6,
    });
    expect(await deliverOutbox(db)).toMatchObject({ claimed: 0 }); // backing off

    expect(await deliverOutbox(db, { now: later(15_000) })).toMatchObject({ claimed: 6, delivered: 0 });
    expect((await health(owner, destination.id)).failures).toBe(2);

    expect(await deliverOutbox(db, { now: later(60 * 60_000) })).toMatchObject({ claimed: 6, delivered: 6, failed: 0 });
    const recovered = await health(owner, destination.id);
    expect(recovered).toMatchObject({ health: "healthy", failures: 0, pending: 0, lastSuccessAt: expect.any(String) });

    const ids = receiver.received.map((r) => JSON.parse(r.body).id);
    expect(new Set(ids)).toEqual(new Set(expected));
    const accepted = receiver.received.filter((r) => r.status === 200).map((r) => JSON.parse(r.body).id);
    expect(accepted).toEqual(expected); // in chain order, none lost
    const firstId = expected[0];
    const attempts = receiver.received.filter((r) => JSON.parse(r.body).id === firstId);
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(attempts.every((r) => r.headers["idempotency-key"] === firstId)).toBe(true);

    for (const r of receiver.received) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(r.headers.signature))!;
      expect(createHmac("sha256", SECRET).update(`${t}.${r.body}`).digest("hex")).toBe(v1);
    }
    const body = JSON.parse(receiver.received.at(-1)!.body);
    expect(body).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.any(String),
      agencyId: owner.agencyId,
      mac: expect.stringMatching(/^[0-9a-f]{8}\.[0-9a-f]{64}$/),
    });
    await deleteAuditDestination(owner, destination.id);
  });

  it("sends a Splunk HEC batch in one request with the token and each event's id", async () => {
    const db = await getDb();
    const hec = await startReceiver([200]);
    const destination = await createAuditDestination(owner, {
      kind: "splunk_hec",
      name: "Splunk",
      url: `${hec.url}/services/collector/event`,
      secret: "hec-token-0123456789",
    });
    await emitN(owner, 3, "hec");
    await deliverOutbox(db);
    expect(hec.received).toHaveLength(1);
    expect(hec.received[0].headers.authorization).toBe("Splunk hec-token-0123456789");
    const events = hec.received[0].body.split("\n").map((l) => JSON.parse(l));
    expect(events).toHaveLength(4);
    for (const e of events) expect(e.fields.event_id).toBe(e.event.id);
    expect(events.slice(1).map((e) => e.event.details.label)).toEqual(["hec", "hec", "hec"]);
    await deleteAuditDestination(owner, destination.id);
    await hec.close();
  });

  it("queues nothing when the change's transaction rolls back, nothing for another agency, nothing while paused", async () => {
    const db = await getDb();
    const sink = await startReceiver([200]);
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "Sink",
      url: sink.url,
      secret: SECRET,
    });
    await deliverOutbox(db);
    await expect(
      db.transaction(async (tx) => {
        await emitAudit(tx, owner.agencyId, auditActorOf(owner), { action: "client_updated" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await emitN(await staffFor("owner@globex.test"), 2, "globex");
    await db.update(auditDestinations).set({ enabled: false }).where(eq(auditDestinations.id, destination.id));
    await emitN(owner, 1, "paused");
    const rows = await db.select().from(auditOutbox).where(eq(auditOutbox.destinationId, destination.id));
    expect(rows).toEqual([]);
    await deleteAuditDestination(owner, destination.id);
    await sink.close();
  });

  it("two workers at once never send the same row twice", async () => {
    const db = await getDb();
    const sink = await startReceiver([200]);
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "Sink",
      url: sink.url,
      secret: SECRET,
    });
    await emitN(owner, 20, "concurrent");
    await Promise.all([
      deliverOutbox(db, { limit: 7 }),
      deliverOutbox(db, { limit: 7 }),
      deliverOutbox(db, { limit: 7 }),
    ]);
    while ((await deliverOutbox(db)).claimed > 0);
    const ids = sink.received.map((r) => JSON.parse(r.body).id);
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(21);
    await deleteAuditDestination(owner, destination.id);
    await sink.close();
  });

  it("refuses private and loopback destinations unless the deployment allows them, at creation and at delivery", async () => {
    const db = await getDb();
    const sink = await startReceiver([200]);
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "Local",
      url: sink.url,
      secret: SECRET,
    });
    await db.execute(sql`update audit_outbox set next_attempt_at = now() where destination_id = ${destination.id}`);
    process.env.ALLOW_PRIVATE_WEBHOOKS = "false";
    resetConfigForTests();
    try {
      await expect(
        createAuditDestination(owner, { kind: "https_json", name: "Lo", url: "https://127.0.0.1/x", secret: SECRET }),
      ).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("private or loopback") });
      await expect(
        createAuditDestination(owner, {
          kind: "https_json",
          name: "Plain",
          url: "http://siem.example.com/x",
          secret: SECRET,
        }),
      ).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("https://") });
      await deliverOutbox(db);
      expect(sink.received).toEqual([]);
      expect((await health(owner, destination.id)).lastError).toContain("private or loopback");
    } finally {
      delete process.env.ALLOW_PRIVATE_WEBHOOKS;
      resetConfigForTests();
    }
    await deleteAuditDestination(owner, destination.id);
    await sink.close();
  });
});
