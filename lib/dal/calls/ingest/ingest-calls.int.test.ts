import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, clients, integrations, recordingFetches, webhookDeliveries } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { agentIdsOf, auditRows, clientIdOf } from "@/db/testing/lookups";
import { createApiKey } from "@/lib/dal/api-keys/create-api-key";
import { AppError } from "@/lib/errors";
import { ingestCall, ingestCallBatch } from "./ingest-call";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? `${e.status} ${e.message}` : e),
  );

const call = (agentId: string, externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  agentId,
  startedAt: "2026-11-02T14:05:00Z",
  durationSeconds: 125,
  direction: "inbound",
  status: "completed",
  callerNumber: "+15550100",
  ...extra,
});

async function storedCalls(externalId: string) {
  return (await getDb())
    .select()
    .from(calls)
    .where(and(eq(calls.source, "api"), eq(calls.externalId, externalId)));
}

/** The route itself with nothing but a bearer key, as another system would call it. */
async function post(secret: string, path: "/api/v1/calls" | "/api/v1/calls/batch", body: unknown) {
  const host = testHosts().console;
  const route =
    path === "/api/v1/calls"
      ? await import("@/app/api/v1/calls/route")
      : await import("@/app/api/v1/calls/batch/route");
  const response = await route.POST(
    new Request(`http://${host}${path}`, {
      method: "POST",
      headers: { host, authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: await response.json() };
}

describe("generic call ingestion", () => {
  it("an owner's calls.ingest key stores a call once: 201, then 200 for the same externalId, billed at the client's rate", async () => {
    const owner = await staffFor("owner@acme.test");
    const [agentId] = await agentIdsOf("Bright Dental");
    const key = await createApiKey(owner, { name: "CRM", scopes: ["calls.ingest"] });
    const body = call(agentId, "crm-1", {
      transcript: [{ speaker: "agent", text: "Bright Dental, hello.", startSeconds: 0 }],
      outcome: "booked",
    });
    const first = await post(key.secret, "/api/v1/calls", body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: "crm-1", created: true });
    const again = await post(key.secret, "/api/v1/calls", body);
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id, created: false } });
    const [row, ...more] = await storedCalls("crm-1");
    expect(more).toEqual([]);
    const [client] = await (await getDb()).select().from(clients).where(eq(clients.id, row.clientId));
    expect(client.name).toBe("Bright Dental");
    expect(row.costCents).toBe(3 * client.ratePerMinuteCents);
    expect(row.transcript).toEqual([{ speaker: "agent", text: "Bright Dental, hello.", startSeconds: 0 }]);
    expect((await auditRows("calls_ingested")).at(-1)).toMatchObject({
      clientId: row.clientId,
      actorType: "api_key",
      details: { created: 0, updated: 1 },
    });
  });

  it("refuses bad input with a 422 naming the field, and a batch is stored all or none", async () => {
    const owner = await staffFor("owner@acme.test");
    const [agentId] = await agentIdsOf("Bright Dental");
    expect(await code(ingestCall(owner, { ...call(agentId, "bad-1"), durationSeconds: -1 }))).toMatch(
      /^422 durationSeconds/,
    );
    expect(await code(ingestCall(owner, { ...call(agentId, "bad-2"), startedAt: "yesterday" }))).toMatch(
      /^422 startedAt/,
    );
    expect(await code(ingestCall(owner, { ...call(agentId, "bad-3"), costCents: 1 }))).toMatch(/^422/);
    expect(await code(ingestCall(owner, call(crypto.randomUUID(), "bad-4")))).toMatch(/^422 agentId/);
    const batch = [call(agentId, "b-1"), call(agentId, "b-2"), call(crypto.randomUUID(), "b-3")];
    expect(await code(ingestCallBatch(owner, { calls: batch }))).toMatch(/^422 calls\.2\.agentId/);
    expect(await code(ingestCallBatch(owner, { calls: [call(agentId, "d"), call(agentId, "d")] }))).toMatch(
      /^422 calls\.1\.externalId/,
    );
    expect(await code(ingestCallBatch(owner, { calls: [] }))).toMatch(/^422/);
    for (const id of ["bad-1", "bad-2", "bad-3", "bad-4", "b-1", "b-2", "b-3"])
      expect(await storedCalls(id)).toEqual([]);
  });

  it("is refused to managers, to another agency's agents and to a key limited to other clients", async () => {
    const [brightAgent] = await agentIdsOf("Bright Dental");
    expect(await code(ingestCall(await staffFor("manager@acme.test"), call(brightAgent, "m-1")))).toMatch(/^403/);
    expect(await code(ingestCall(await staffFor("owner@globex.test"), call(brightAgent, "g-1")))).toMatch(
      /^422 agentId/,
    );
    const owner = await staffFor("owner@acme.test");
    const summit = await clientIdOf("Summit Legal");
    const limited = await createApiKey(owner, { name: "Summit only", scopes: ["calls.ingest"], clientIds: [summit] });
    const answer = await post(limited.secret, "/api/v1/calls", call(brightAgent, "l-1"));
    expect(answer.status).toBe(422);
    expect(await storedCalls("l-1")).toEqual([]);
    const reader = await createApiKey(owner, { name: "reader", scopes: ["client.read"] });
    expect((await post(reader.secret, "/api/v1/calls", call(brightAgent, "r-1"))).status).toBe(403);
  });

  it("a batch raises call events only for new calls of clients with a webhook, and queues recordings", async () => {
    const db = await getDb();
    const owner = await staffFor("owner@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const [agentId] = await agentIdsOf("Bright Dental");
    const hookId = crypto.randomUUID();
    await db.insert(integrations).values({
      id: hookId,
      agencyId: owner.agencyId,
      clientId: bright,
      kind: "webhook",
      provider: "webhook",
      name: "Ingest hook",
      status: "connected",
      config: { url: "https://hooks.example/calls", events: "call.completed,call.missed" },
    });
    const batch = [
      call(agentId, "w-1"),
      call(agentId, "w-2", { status: "missed", durationSeconds: 0, recordingUrl: "https://rec.example/w-2.mp3" }),
    ];
    expect(await ingestCallBatch(owner, { calls: batch })).toMatchObject({ created: 2, updated: 0 });
    expect(await ingestCallBatch(owner, { calls: batch })).toMatchObject({ created: 0, updated: 2 });
    const events = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.integrationId, hookId));
    expect(events.map((e) => (e.event as { type: string }).type).sort()).toEqual(["call.completed", "call.missed"]);
    const [w2] = await storedCalls("w-2");
    const [fetch] = await db.select().from(recordingFetches).where(eq(recordingFetches.callId, w2.id));
    expect(fetch).toMatchObject({ sourceUrl: "https://rec.example/w-2.mp3", connectionId: null, status: "pending" });
  });
});
