import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, providerConnections } from "@/db/schema";
import { setUpTestConnections, type TestConnections } from "@/db/testing/provider-connections";
import { retellEventBody, vapiEndOfCallReportBody } from "@/lib/ingest/testing/provider-payloads";
import { reconcileProviderCalls, RECONCILE_OVERLAP_MS } from "./reconcile-provider-calls";
import { startProviderApiServer } from "./testing/provider-api-server";

let api: Awaited<ReturnType<typeof startProviderApiServer>>;
let t: TestConnections;
beforeAll(async () => {
  api = await startProviderApiServer();
  t = await setUpTestConnections(api.url);
});
afterAll(() => api.close());

const connection = async (id: string) =>
  (await (await getDb()).select().from(providerConnections).where(eq(providerConnections.id, id)))[0];

describe("reconciliation", () => {
  it("lists Retell calls since the last sync minus the overlap and upserts them, once", async () => {
    const db = await getDb();
    const started = new Date(Date.now() - 30 * 60_000);
    const missed = retellEventBody("call_analyzed", {
      callId: "call_missed_by_webhook",
      agentExternalId: t.retell.agentExternalId,
      callerNumber: "+15550109999",
      startedAt: started,
      durationSeconds: 61,
    }).call;
    api.state.calls = [missed];
    const now = new Date();
    const [result] = await reconcileProviderCalls(db, { connectionId: t.retell.connectionId, now });
    expect(result).toMatchObject({ listed: 1, stored: 1, unplaced: 0 });
    const request = api.requests.at(-1)!;
    expect(request).toMatchObject({
      method: "POST",
      path: "/v3/list-calls",
      authorization: `Bearer ${t.retell.apiKey}`,
    });
    const filter = JSON.parse(request.body).filter_criteria.start_timestamp.lower_threshold as number;
    expect(filter).toBe(now.getTime() - 24 * 3600_000 - RECONCILE_OVERLAP_MS);
    const rows = await db.select().from(calls).where(eq(calls.externalId, "call_missed_by_webhook"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ durationSeconds: 61, summary: "The caller booked a cleaning for next Tuesday." });
    expect((await connection(t.retell.connectionId)).lastSyncAt?.getTime()).toBe(now.getTime());

    // The next run starts from that sync (minus the overlap) and merges, never duplicates.
    const later = new Date(now.getTime() + 5 * 60_000);
    await reconcileProviderCalls(db, { connectionId: t.retell.connectionId, now: later });
    expect(JSON.parse(api.requests.at(-1)!.body).filter_criteria.start_timestamp.lower_threshold).toBe(
      now.getTime() - RECONCILE_OVERLAP_MS,
    );
    expect(await db.select().from(calls).where(eq(calls.externalId, "call_missed_by_webhook"))).toHaveLength(1);
  });

  it("lists Vapi calls with createdAtGt", async () => {
    const report = vapiEndOfCallReportBody({
      callId: "7d0c1e2f-0000-4000-8000-000000000123",
      agentExternalId: t.vapi.agentExternalId,
      callerNumber: "+15550108888",
      startedAt: new Date(Date.now() - 20 * 60_000),
      durationSeconds: 42,
    }).message;
    // GET /call returns Call objects: the report's fields live on the call itself.
    api.state.calls = [
      {
        ...report.call,
        startedAt: report.startedAt,
        endedAt: report.endedAt,
        endedReason: report.endedReason,
        cost: report.cost,
        analysis: report.analysis,
        artifact: report.artifact,
      },
    ];
    const [result] = await reconcileProviderCalls(await getDb(), { connectionId: t.vapi.connectionId });
    expect(result).toMatchObject({ listed: 1, stored: 1 });
    expect(api.requests.at(-1)!.path).toMatch(/^\/call\?createdAtGt=.+&limit=100$/);
    const [row] = await (await getDb()).select().from(calls).where(eq(calls.externalId, report.call.id));
    expect(row).toMatchObject({ durationSeconds: 42, providerCostCents: 12, sentiment: "neutral" });
  });

  it("records a provider that does not answer on the connection, and keeps its last sync", async () => {
    api.state.hang = true;
    const before = await connection(t.retell.connectionId);
    const started = Date.now();
    const [result] = await reconcileProviderCalls(await getDb(), {
      connectionId: t.retell.connectionId,
      timeoutMs: 300,
    });
    api.state.hang = false;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.error).toBe("The provider did not answer within 0.3 seconds.");
    const after = await connection(t.retell.connectionId);
    expect(after).toMatchObject({
      status: "error",
      lastError: "Call reconciliation: The provider did not answer within 0.3 seconds.",
    });
    expect(after.lastSyncAt).toEqual(before.lastSyncAt);
  });

  it("never polls the demo seed's connections (fake keys, public hosts); a live-validated key clears the mark", async () => {
    const db = await getDb();
    await db.update(providerConnections).set({ demo: true }).where(eq(providerConnections.id, t.vapi.connectionId));
    const calledBefore = api.requests.length;
    expect(await reconcileProviderCalls(db, { connectionId: t.vapi.connectionId })).toEqual([]);
    expect(api.requests.length).toBe(calledBefore);
    await db.update(providerConnections).set({ demo: false }).where(eq(providerConnections.id, t.vapi.connectionId));
    expect(await reconcileProviderCalls(db, { connectionId: t.vapi.connectionId })).toHaveLength(1);
    expect(api.requests.length).toBeGreaterThan(calledBefore);
  });
});
