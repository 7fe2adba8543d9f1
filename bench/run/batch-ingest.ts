import postgres from "postgres";
import { BENCH_AGENCY_SLUG } from "../bench-accounts";
import { request } from "./http";
import { createIngestKey } from "./ingest-key";
import type { Session } from "./targets";

export type BatchIngestResult = { calls: number; batches: number; ms: number; callsPerSecond: number };

const BATCH = 1_000;
const BATCHES = 20;
const CONCURRENCY = 2;
const PREFIX = "bench-ingest-";

/**
 * `--only ingest`: generic ingestion (SPEC §13) as a reporting system pushes history: 20 batches
 * of 1,000 calls to POST /api/v1/calls/batch with an owner's `calls.ingest` key, two at a time,
 * each call with a short transcript. Target: ≥ 5,000 calls/s. Its calls and key are removed after.
 */
export async function measureBatchIngest(s: Session, url: string): Promise<BatchIngestResult> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const host = s.server.appHost;
  let keyId: string | null = null;
  try {
    const [agent] = await sql<{ id: string }[]>`select g.id from ai_agents g join agencies a on a.id = g.agency_id
      where a.slug = ${BENCH_AGENCY_SLUG} order by g.id limit 1`;
    const { id, key } = await createIngestKey(s, "bench ingest");
    keyId = id;
    const body = (b: number) =>
      JSON.stringify({
        calls: Array.from({ length: BATCH }, (_, i) => ({
          externalId: `${PREFIX}${b}-${i}`,
          agentId: agent.id,
          startedAt: new Date(Date.UTC(2026, 9, 1) + (b * BATCH + i) * 60_000).toISOString(),
          durationSeconds: 30 + (i % 300),
          direction: i % 5 ? "inbound" : "outbound",
          status: i % 11 ? "completed" : "missed",
          callerNumber: `+1555${String(b * BATCH + i).padStart(7, "0")}`,
          transcript: [
            { speaker: "agent", text: "Thanks for calling, how can I help?", startSeconds: 0 },
            { speaker: "caller", text: "I'd like to book an appointment.", startSeconds: 3 },
          ],
        })),
      });
    const bodies = Array.from({ length: BATCHES }, (_, b) => body(b));
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BATCHES) {
          const reply = await request({
            port: s.server.port,
            host,
            path: "/api/v1/calls/batch",
            method: "POST",
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
            body: bodies[next++],
          });
          if (reply.status !== 200)
            throw new Error(`batch answered ${reply.status}: ${reply.body.toString().slice(0, 300)}`);
        }
      }),
    );
    const ms = performance.now() - t0;
    return {
      calls: BATCH * BATCHES,
      batches: BATCHES,
      ms: Math.round(ms),
      callsPerSecond: Math.round((BATCH * BATCHES * 1000) / ms),
    };
  } finally {
    await sql`delete from calls where source = 'api' and external_id like ${PREFIX + "%"}`;
    if (keyId) await sql`delete from api_keys where id = ${keyId}`;
    await sql.end();
  }
}
