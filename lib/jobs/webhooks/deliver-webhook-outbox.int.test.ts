import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { integrations, webhookDeliveries } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { clientUserFor } from "@/db/testing/actor-for";
import type { ClientActor } from "@/lib/authz/actor";
import { connectIntegration } from "@/lib/dal/integrations/connect-integration";
import { startTestReceiver } from "@/lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";
import { instanceId } from "../instance-id";
import { releaseClaims } from "../release-claims";
import { deliverWebhookOutbox } from "./deliver-webhook-outbox";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
let admin: ClientActor;
let hook: { id: string; signingSecret: string };

const event = (n: number) => ({
  id: `evt_test_${n}`,
  type: "call.completed",
  createdAt: new Date().toISOString(),
  data: { n },
});
const enqueue = (n: number) => withTenant(admin.agencyId, (tx) => enqueueWebhookEvent(tx, admin, event(n)));
const pending = async () =>
  (await getDb())
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.integrationId, hook.id), eq(webhookDeliveries.status, "pending")));
const ids = () => receiver.received.map((r) => (JSON.parse(r.body) as { id: string }).id);

beforeAll(async () => {
  receiver = await startTestReceiver();
  admin = (await clientUserFor("admin@summitlegal.test")) as ClientActor;
  // The seeded webhook of this client points at a host that does not resolve: out of the way.
  await (
    await getDb()
  )
    .update(integrations)
    .set({ status: "disconnected" })
    .where(eq(integrations.clientId, admin.clientId));
  const created = await connectIntegration(admin, {
    provider: "webhook",
    name: "Outbox test",
    config: { url: receiver.url, events: "call.completed" },
  });
  hook = { id: created.id, signingSecret: (created as { signingSecret: string }).signingSecret };
});
afterAll(() => receiver.close());

describe("the client-webhook outbox", () => {
  it("queues an event once per subscribed webhook, and not for a type it did not subscribe to", async () => {
    expect(await enqueue(0)).toBe(1);
    expect(await enqueue(0)).toBe(0); // the same event again: still one delivery
    expect(
      await withTenant(admin.agencyId, (tx) =>
        enqueueWebhookEvent(tx, admin, { ...event(1), type: "booking.created" }),
      ),
    ).toBe(0);
    expect((await pending()).map((r) => r.eventId)).toEqual(["evt_test_0"]);
  });

  it("sends every queued event exactly once, signed, when several workers run at the same time", async () => {
    for (let n = 1; n <= 30; n++) await enqueue(n);
    const db = await getDb();
    // Three workers at once, rounds repeated until nothing is due: rows are split, never shared.
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let round = 0; round < 5; round++) if ((await deliverWebhookOutbox(db, { limit: 7 })).claimed === 0) break;
      }),
    );
    const mine = ids().filter((id) => id.startsWith("evt_test_"));
    expect(mine.sort()).toEqual(Array.from({ length: 31 }, (_, n) => `evt_test_${n}`).sort());
    const first = receiver.received[0];
    expect(verifyWebhookSignature(hook.signingSecret, String(first.headers["webhook-signature"]), first.body)).toBe(
      true,
    );
    expect(await pending()).toEqual([]);
    // Sent rows stay, as delivered, for the integrations page's list of recent deliveries.
    const kept = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.integrationId, hook.id));
    expect(kept).toHaveLength(31);
    expect(kept.every((r) => r.status === "delivered" && r.attempts === 1 && r.deliveredAt)).toBe(true);
    const [row] = await db.select().from(integrations).where(eq(integrations.id, hook.id));
    expect(row.status).toBe("connected");
  });

  it("leaves a claimed row alone until its lease ends, then another worker sends it", async () => {
    receiver.received.length = 0;
    await enqueue(100);
    const db = await getDb();
    // A worker that claimed the row and died: its lease is in the future.
    await db
      .update(webhookDeliveries)
      .set({ claimedBy: "crashed-instance", nextAttemptAt: new Date(Date.now() + 60_000) })
      .where(eq(webhookDeliveries.eventId, "evt_test_100"));
    expect((await deliverWebhookOutbox(db)).claimed).toBe(0);
    expect(receiver.received).toHaveLength(0);
    const afterLease = await deliverWebhookOutbox(db, { now: new Date(Date.now() + 61_000) });
    expect(afterLease).toMatchObject({ claimed: 1, delivered: 1 });
    expect(ids()).toEqual(["evt_test_100"]);
  });

  it("backs off on failure, and a shutdown hands this instance's claims back at once", async () => {
    receiver.received.length = 0;
    receiver.behaviour.status = 503;
    await enqueue(200);
    const db = await getDb();
    expect(await deliverWebhookOutbox(db)).toMatchObject({ claimed: 1, failed: 1 });
    const [failed] = await pending();
    expect(failed).toMatchObject({ attempts: 1, claimedBy: null, lastError: "The endpoint answered HTTP 503." });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
    const [hookRow] = await db.select().from(integrations).where(eq(integrations.id, hook.id));
    expect(hookRow.status).toBe("error");

    // Claimed by this instance (as if mid-send when SIGTERM came): released, due now, unclaimed.
    await db
      .update(webhookDeliveries)
      .set({ claimedBy: instanceId(), nextAttemptAt: new Date(Date.now() + 60_000) })
      .where(eq(webhookDeliveries.id, failed.id));
    await releaseClaims(db);
    const [released] = await pending();
    expect(released.claimedBy).toBeNull();
    expect(released.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    receiver.behaviour.status = 204;
    expect(await deliverWebhookOutbox(db)).toMatchObject({ claimed: 1, delivered: 1 });
  });
});
