import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, clients, integrations, webhookDeliveries } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { clientUserFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import type { ClientActor } from "@/lib/authz/actor";
import { secretBox } from "@/lib/crypto/secret-box";
import { listWebhookDeliveries } from "@/lib/dal/integrations/list-webhook-deliveries";
import { redeliverWebhook } from "@/lib/dal/integrations/redeliver-webhook";
import { AppError } from "@/lib/errors";
import { deliverWebhookOutbox } from "@/lib/jobs/webhooks/deliver-webhook-outbox";
import { startTestReceiver } from "@/lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";
import { enqueueCallEvent } from "./enqueue-call-event";

let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
const SECRET = "whsec_call_events_test_secret_0123456789";

// A webhook subscribed to both call events for a seeded client, straight in the table (Nova Realty
// may not manage integrations itself), and the other webhooks of the client out of the way.
async function hookFor(clientName: string) {
  const db = await getDb();
  const clientId = await clientIdOf(clientName, "acme");
  const [client] = await db.select().from(clients).where(eq(clients.id, clientId));
  await db.update(integrations).set({ status: "disconnected" }).where(eq(integrations.clientId, clientId));
  const id = crypto.randomUUID();
  await db.insert(integrations).values({
    id,
    agencyId: client.agencyId,
    clientId,
    kind: "webhook",
    provider: "webhook",
    name: `${clientName} calls`,
    status: "connected",
    config: { url: receiver.url, events: "call.completed,call.missed" },
    secretCiphertext: secretBox().seal(SECRET, id),
    secretHint: "••••6789",
  });
  const [call] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.clientId, clientId), eq(calls.status, "completed")))
    .orderBy(desc(calls.startedAt))
    .limit(1);
  return { agencyId: client.agencyId, clientId, hookId: id, call };
}
const raise = (t: { agencyId: string; clientId: string; call: { id: string } }) =>
  withTenant(t.agencyId, (tx) =>
    enqueueCallEvent(tx, { agencyId: t.agencyId, clientId: t.clientId, callId: t.call.id }),
  );
const bodies = () =>
  receiver.received.map((r) => JSON.parse(r.body) as { id: string; type: string; data: Record<string, unknown> });

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(() => receiver.close());

describe("call events to a client's webhooks", () => {
  it("carries details only with view_call_details, never a recording link, and is sent exactly once", async () => {
    const summit = await hookFor("Summit Legal"); // self_service: every toggle
    const nova = await hookFor("Nova Realty"); // view_calls without view_call_details
    expect(await raise(summit)).toBe(1);
    expect(await raise(summit)).toBe(0); // raised again (a retried worker round): still one delivery
    expect(await raise(nova)).toBe(1);
    const db = await getDb();
    while ((await deliverWebhookOutbox(db)).claimed > 0);

    const sent = bodies();
    expect(sent.map((b) => b.id).sort()).toEqual(
      [`evt_call_completed_${summit.call.id}`, `evt_call_completed_${nova.call.id}`].sort(),
    );
    const full = sent.find((b) => b.data.id === summit.call.id)!;
    expect(full.type).toBe("call.completed");
    expect(full.data).toMatchObject({
      id: summit.call.id,
      summary: summit.call.summary,
      sentiment: summit.call.sentiment,
    });
    expect(Array.isArray(full.data.transcript)).toBe(true);
    const filtered = sent.find((b) => b.data.id === nova.call.id)!;
    expect(Object.keys(filtered.data).sort()).toEqual(
      [
        "agent",
        "callerNumber",
        "direction",
        "durationSeconds",
        "id",
        "outcome",
        "reviewStatus",
        "startedAt",
        "status",
      ].sort(),
    );
    for (const r of receiver.received) {
      expect(r.body).not.toMatch(/recording/i);
      expect(verifyWebhookSignature(SECRET, String(r.headers["webhook-signature"]), r.body)).toBe(true);
    }
  });

  it("lists the client's deliveries, and lets its admin (only) send one again, audited", async () => {
    const admin = (await clientUserFor("admin@summitlegal.test")) as ClientActor;
    const list = await listWebhookDeliveries(admin);
    const mine = list.find((d) => d.type === "call.completed" && d.status === "delivered")!;
    expect(mine).toMatchObject({ status: "delivered", attempts: 1, lastError: null });
    expect(JSON.stringify(list)).not.toContain("transcript");

    const novaAdmin = await clientUserFor("admin@novarealty.test");
    const refused = await redeliverWebhook(novaAdmin, mine.id).catch((e: unknown) => e);
    expect((refused as AppError).status).toBe(403); // Nova Realty cannot manage integrations
    // Another client's delivery is not found, not forbidden.
    const [novaDelivery] = await (
      await getDb()
    )
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.clientId, novaAdmin.clientId));
    const foreign = await redeliverWebhook(admin, String(novaDelivery.id)).catch((e: unknown) => e);
    expect((foreign as AppError).status).toBe(404);

    const before = (await auditRows("webhook_redelivered")).length;
    receiver.received.length = 0;
    expect(await redeliverWebhook(admin, mine.id)).toEqual({ id: mine.id, status: "pending" });
    expect((await auditRows("webhook_redelivered")).length).toBe(before + 1);
    const db = await getDb();
    while ((await deliverWebhookOutbox(db)).claimed > 0);
    expect(bodies().map((b) => b.id)).toEqual([mine.eventId]);
    const [row] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, Number(mine.id)));
    expect(row).toMatchObject({ status: "delivered", attempts: 1 });

    const unknown = await redeliverWebhook(admin, "999999999").catch((e: unknown) => e);
    expect((unknown as AppError).status).toBe(404);
  });
});
