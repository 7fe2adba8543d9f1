import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, providerEvents, recordingFetches, webhookDeliveries } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import type { ClientActor } from "@/lib/authz/actor";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { openCallRecording } from "@/lib/dal/calls/open-call-recording";
import { getIngestHealth } from "@/lib/dal/provider-events/get-ingest-health";
import { AppError } from "@/lib/errors";
import { retellEventBody, vapiEndOfCallReportBody, type DemoCall } from "@/lib/ingest/testing/provider-payloads";
import { startRecordingServer } from "@/lib/ingest/testing/recording-server";
import { signRetell } from "@/lib/ingest/verify-retell-signature";
import { signVapi } from "@/lib/ingest/verify-vapi-signature";
import { POST } from "@/app/api/ingest/[provider]/[webhookId]/route";
import { fetchRecordings } from "./fetch-recordings";
import { processProviderEvents } from "./process-provider-events";
import { applyNormalisedCall } from "./apply-normalised-call";
import { normaliseEvent } from "@/lib/ingest/normalise-event";
import { setUpTestConnections, type TestConnections } from "@/db/testing/provider-connections";

let recordings: Awaited<ReturnType<typeof startRecordingServer>>;
let t: TestConnections;
let summitAdmin: ClientActor;

beforeAll(async () => {
  recordings = await startRecordingServer();
  t = await setUpTestConnections();
  summitAdmin = (await clientUserFor("admin@summitlegal.test")) as ClientActor;
});
afterAll(() => recordings.close());

let n = 0;
const demoCall = (over: Partial<DemoCall> = {}): DemoCall => ({
  callId: `call_int_${++n}_${Date.now()}`,
  agentExternalId: t.retell.agentExternalId,
  callerNumber: `+1555010${String(n).padStart(4, "0")}`,
  startedAt: new Date(Date.now() - 3600_000),
  durationSeconds: 125,
  recordingUrl: `${recordings.base}/rec/${n}.wav`,
  ...over,
});

/** The route, as the provider calls it: raw body, provider headers, on the app's host. */
async function deliver(provider: string, webhookId: string, body: string, headers: Record<string, string>) {
  const request = new Request(`http://localhost:3000/api/ingest/${provider}/${webhookId}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body,
  });
  const response = await POST(request, { params: Promise.resolve({ provider, webhookId }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const retell = (
  event: "call_started" | "call_ended" | "call_analyzed",
  c: DemoCall,
  opts: { key?: string; at?: number } = {},
) => {
  const body = JSON.stringify(retellEventBody(event, c));
  return deliver("retell", t.retell.webhookId, body, {
    "x-retell-signature": signRetell(body, opts.key ?? t.retell.apiKey, opts.at ?? Date.now()),
  });
};
const inboxOf = async (callId: string) =>
  (await getDb()).select().from(providerEvents).where(eq(providerEvents.providerCallId, callId));
const callOf = async (externalId: string) =>
  (await getDb()).select().from(calls).where(eq(calls.externalId, externalId));
const drain = async () => {
  const db = await getDb();
  while ((await processProviderEvents(db)).claimed > 0);
};

describe("webhook intake", () => {
  it("stores a correctly signed Retell event once and answers at once", async () => {
    const c = demoCall();
    expect(await retell("call_ended", c)).toEqual({ status: 200, json: { received: true, duplicate: false } });
    expect(await inboxOf(c.callId)).toMatchObject([{ eventType: "call_ended", status: "pending" }]);
  });

  it.each([
    ["a wrong key", { key: "key_someone_else" }],
    ["a stale timestamp", { at: Date.now() - 6 * 60_000 }],
  ])("refuses %s with 401 and stores nothing", async (_what, opts) => {
    const c = demoCall();
    const answer = await retell("call_ended", c, opts);
    expect(answer.status).toBe(401);
    expect(await inboxOf(c.callId)).toEqual([]);
  });

  it("refuses an unsigned event (401) and an unknown webhook id (404), storing nothing", async () => {
    const c = demoCall();
    const body = JSON.stringify(retellEventBody("call_ended", c));
    expect((await deliver("retell", t.retell.webhookId, body, {})).status).toBe(401);
    const signed = { "x-retell-signature": signRetell(body, t.retell.apiKey) };
    expect((await deliver("retell", "no-such-webhook-id-000000", body, signed)).status).toBe(404);
    expect((await deliver("bland", t.retell.webhookId, body, signed)).status).toBe(404);
    // The other provider's webhook id with this provider's name is unknown too.
    expect((await deliver("retell", t.vapi.webhookId, body, signed)).status).toBe(404);
    expect(await inboxOf(c.callId)).toEqual([]);
  });

  it("accepts Vapi's HMAC credential and its secret header, refuses a wrong secret", async () => {
    const a = demoCall({ agentExternalId: t.vapi.agentExternalId });
    const b = demoCall({ agentExternalId: t.vapi.agentExternalId });
    const bodyA = JSON.stringify(vapiEndOfCallReportBody(a));
    const bodyB = JSON.stringify(vapiEndOfCallReportBody(b));
    expect((await deliver("vapi", t.vapi.webhookId, bodyA, signVapi(bodyA, "wrong-secret"))).status).toBe(401);
    expect((await deliver("vapi", t.vapi.webhookId, bodyA, signVapi(bodyA, t.vapi.webhookSecret))).status).toBe(200);
    expect((await deliver("vapi", t.vapi.webhookId, bodyB, { "x-vapi-secret": t.vapi.webhookSecret })).status).toBe(
      200,
    );
  });

  it("answers 413 to an oversized body and stores nothing", async () => {
    const body = JSON.stringify({ event: "call_ended", call: { call_id: "huge", pad: "x".repeat(5 * 1024 * 1024) } });
    const answer = await deliver("retell", t.retell.webhookId, body, {
      "x-retell-signature": signRetell(body, t.retell.apiKey),
    });
    expect(answer.status).toBe(413);
    expect(await inboxOf("huge")).toEqual([]);
  });
});

describe("the ingestion worker", () => {
  it("merges a duplicated call_ended into one call, billed at the client's rate, raised once", async () => {
    await drain(); // what the intake tests stored
    const before = await getBilling(summitAdmin);
    const c = demoCall();
    expect((await retell("call_ended", c)).json.duplicate).toBe(false);
    expect((await retell("call_ended", c)).json.duplicate).toBe(true);
    await drain();
    const [call] = await callOf(c.callId);
    expect(call).toMatchObject({
      clientId: summitAdmin.clientId,
      source: "retell",
      direction: "inbound",
      callerNumber: c.callerNumber,
      durationSeconds: 125,
      status: "completed",
      providerCostCents: 8,
      summary: null,
    });
    expect(call.transcript).toEqual([
      { speaker: "agent", text: "Thanks for calling, how can I help?", startSeconds: 0.4 },
      { speaker: "caller", text: "I'd like to book a cleaning next Tuesday.", startSeconds: 3.2 },
    ]);
    const after = await getBilling(summitAdmin);
    expect(after.usage.calls).toBe(before.usage.calls + 1);
    expect(after.usage.minutes).toBe(before.usage.minutes + 3);
    expect(after.usage.spendCents).toBe(before.usage.spendCents + 3 * after.ratePerMinuteCents);
    expect(call.costCents).toBe(3 * after.ratePerMinuteCents);

    // Late analysis: fills the summary and sentiment, no second call, no second event out.
    await retell("call_analyzed", c);
    await drain();
    const merged = await callOf(c.callId);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      id: call.id,
      summary: "The caller booked a cleaning for next Tuesday.",
      sentiment: "positive",
      outcome: "booked",
    });
    const events = await (
      await getDb()
    )
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.eventId, `evt_call_completed_${call.id}`));
    expect(events).toHaveLength(1);
  });

  it("gives the same call when call_analyzed arrives before call_ended", async () => {
    const c = demoCall();
    await retell("call_analyzed", c);
    await drain();
    await retell("call_ended", c);
    await drain();
    const rows = await callOf(c.callId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      summary: "The caller booked a cleaning for next Tuesday.",
      sentiment: "positive",
      ingestRank: 3,
    });
  });

  it("keeps a malformed event with its error on the connection's health, and goes on with the next", async () => {
    const broken = demoCall();
    const body = retellEventBody("call_ended", broken) as { call: Record<string, unknown> };
    delete body.call.start_timestamp;
    const raw = JSON.stringify(body);
    expect(
      (await deliver("retell", t.retell.webhookId, raw, { "x-retell-signature": signRetell(raw, t.retell.apiKey) }))
        .status,
    ).toBe(200);
    const good = demoCall();
    await retell("call_ended", good);
    // Not JSON at all, but signed: kept at the door as failed.
    const junk = "{this is not json";
    expect(
      (await deliver("retell", t.retell.webhookId, junk, { "x-retell-signature": signRetell(junk, t.retell.apiKey) }))
        .status,
    ).toBe(200);
    await drain();
    expect(await inboxOf(broken.callId)).toMatchObject([
      { status: "failed", error: expect.stringMatching(/start_timestamp/) },
    ]);
    expect(await callOf(broken.callId)).toEqual([]);
    expect(await callOf(good.callId)).toHaveLength(1);
    const health = await getIngestHealth(await staffFor("owner@acme.test"), t.retell.connectionId);
    expect(health.failedEvents.map((e) => e.providerCallId)).toContain(broken.callId);
    expect(health.failedEvents.some((e) => e.eventType === "unreadable" && /not JSON/.test(e.error))).toBe(true);
    // Another agency's staff see nothing of it.
    const foreign = await getIngestHealth(await staffFor("owner@globex.test"), t.retell.connectionId);
    expect(foreign.failedEvents).toEqual([]);
  });
});

describe("recordings", () => {
  it("copies a recording once, served only through the authorised Range route", async () => {
    const c = demoCall();
    await retell("call_ended", c);
    await drain();
    const db = await getDb();
    while ((await fetchRecordings(db)).claimed > 0);
    const [call] = await callOf(c.callId);
    expect(call.recordingPath).toBe(`recordings/ingested/${call.agencyId}/${call.id}.wav`);
    const opened = await openCallRecording(summitAdmin, call.id, { mode: "play", range: "bytes=0-99" });
    expect(opened).toMatchObject({ size: 256 * 1024, contentType: "audio/wav" });
    // A later event for the call does not copy it again.
    await retell("call_analyzed", c);
    await drain();
    expect(await db.select().from(recordingFetches).where(eq(recordingFetches.callId, call.id))).toEqual([]);
    expect(recordings.asked.filter((p) => p === new URL(c.recordingUrl!).pathname)).toHaveLength(1);
  });

  it("records an expired link as an error, and copies the fresh link reconciliation brings", async () => {
    const c = demoCall({ recordingUrl: `${recordings.base}/expired/${n}.wav` });
    await retell("call_ended", c);
    await drain();
    const db = await getDb();
    while ((await fetchRecordings(db)).claimed > 0);
    const [call] = await callOf(c.callId);
    const [fetch] = await db.select().from(recordingFetches).where(eq(recordingFetches.callId, call.id));
    expect(fetch).toMatchObject({ status: "expired", lastError: expect.stringMatching(/expired \(HTTP 403\)/) });
    const health = await getIngestHealth(await staffFor("owner@acme.test"), t.retell.connectionId);
    expect(health.recordingProblems.map((r) => r.callId)).toContain(call.id);
    await expect(openCallRecording(summitAdmin, call.id, { mode: "play", range: null })).rejects.toBeInstanceOf(
      AppError,
    );

    // Reconciliation reads the call through the provider's API: the same call, a fresh link.
    const fresh = normaliseEvent("retell", {
      event: "api",
      call: { ...retellEventBody("call_analyzed", c).call, recording_url: `${recordings.base}/rec/fresh-${n}.wav` },
    });
    if (fresh.kind !== "call") throw new Error("not a call");
    const { withTenant } = await import("@/db/tenant");
    await withTenant(call.agencyId, (tx) =>
      applyNormalisedCall(tx, { id: t.retell.connectionId, agencyId: call.agencyId, provider: "retell" }, fresh.call),
    );
    while ((await fetchRecordings(db)).claimed > 0);
    const [copied] = await db
      .select()
      .from(calls)
      .where(and(eq(calls.id, call.id)));
    expect(copied.recordingPath).toMatch(/^recordings\/ingested\//);
  });

  it("backs off from a provider that does not send the recording in time", async () => {
    const c = demoCall({ recordingUrl: `${recordings.base}/slow/${n}.wav` });
    await retell("call_ended", c);
    await drain();
    const db = await getDb();
    await fetchRecordings(db, { timeoutMs: 300 });
    const [call] = await callOf(c.callId);
    const [fetch] = await db.select().from(recordingFetches).where(eq(recordingFetches.callId, call.id));
    expect(fetch).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: expect.stringMatching(/within 0.3 seconds/),
    });
    expect(fetch.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
