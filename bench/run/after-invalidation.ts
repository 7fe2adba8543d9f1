import postgres from "postgres";
import { BENCH_CLIENT_NAME } from "../bench-accounts";
import { request } from "./http";
import { createIngestKey } from "./ingest-key";
import { cpuMsOf } from "./server";
import type { Session, Target } from "./targets";

export type AfterInvalidation = {
  key: string;
  label: string;
  rounds: number;
  /** How many of the first requests were rendered (x-cache: miss), as they must all be. */
  misses: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number | null;
  /** The request right after it, answered from the cache again. */
  thenP50: number;
};

const ROUNDS = 20;
const PREFIX = "bench-invalidate-";

/**
 * The first request after a new call, for each cached page: ingest one call into the bench
 * client (POST /api/v1/calls with an owner's key, as a provider or CRM would), then time one
 * request of the page (a miss: the client's data version moved), then one more (a hit again).
 * One connection, nothing else running; the calls and the key are removed after.
 */
export async function measureAfterInvalidation(
  s: Session,
  url: string,
  targets: Target[],
): Promise<AfterInvalidation[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const host = s.server.appHost;
  let keyId: string | null = null;
  try {
    const [agent] = await sql<{ id: string }[]>`select g.id from ai_agents g join clients c on c.id = g.client_id
      where c.name = ${BENCH_CLIENT_NAME} order by g.id limit 1`;
    const { id, key } = await createIngestKey(s, "bench invalidation");
    keyId = id;
    const results: AfterInvalidation[] = [];
    for (const t of targets) {
      const page = { port: t.port, host: t.host, path: t.path!, headers: { cookie: t.cookie ?? "" } };
      const first: number[] = [];
      const then: number[] = [];
      let misses = 0;
      let cpu = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const ingested = await request({
          port: s.server.port,
          host,
          path: "/api/v1/calls",
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({
            externalId: `${PREFIX}${t.key}-${i}`,
            agentId: agent.id,
            startedAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
            durationSeconds: 60 + i,
            direction: "inbound",
            status: "completed",
            callerNumber: `+1555019${String(i).padStart(4, "0")}`,
          }),
        });
        if (ingested.status !== 201) throw new Error(`ingesting answered ${ingested.status}`);
        const cpuBefore = cpuMsOf(s.server.pid);
        const t0 = performance.now();
        const reply = await request(page);
        first.push(performance.now() - t0);
        const cpuAfter = cpuMsOf(s.server.pid);
        cpu += cpuBefore === null || cpuAfter === null ? NaN : cpuAfter - cpuBefore;
        if (reply.headers["x-cache"] === "miss") misses++;
        const t1 = performance.now();
        await request(page);
        then.push(performance.now() - t1);
      }
      results.push({
        key: t.key,
        label: t.label.replace(/, cached$/, ""),
        rounds: ROUNDS,
        misses,
        p50: percentile(first, 0.5),
        p95: percentile(first, 0.95),
        cpuMsPerRequest: Number.isNaN(cpu) ? null : cpu / ROUNDS,
        thenP50: percentile(then, 0.5),
      });
    }
    return results;
  } finally {
    await sql`delete from calls where source = 'api' and external_id like ${PREFIX + "%"}`;
    if (keyId) await sql`delete from api_keys where id = ${keyId}`;
    await sql.end();
  }
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function afterInvalidationMarkdown(rows: AfterInvalidation[]): string {
  if (rows.length === 0) return "";
  const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  return [
    "",
    "After invalidation: the first request of a cached page after a new call (1 connection, 20 rounds).",
    "",
    "| page | rendered (x-cache: miss) | p50 ms | p95 ms | server CPU ms/req | next request p50 ms (cached again) |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.misses} of ${r.rounds} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.cpuMsPerRequest === null ? "—" : ms(r.cpuMsPerRequest)} | ${ms(r.thenP50)} |`,
    ),
    "",
  ].join("\n");
}
