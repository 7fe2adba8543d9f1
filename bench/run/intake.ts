import { randomUUID } from "node:crypto";
import autocannon, { type Result } from "autocannon";
import postgres from "postgres";
import { retellEventBody } from "@/lib/ingest/testing/provider-payloads";
import { signRetell } from "@/lib/ingest/verify-retell-signature";
import type { AppServer } from "./server";
import { ensureBenchConnection } from "./intake-connection";

export type IntakeResult = {
  seconds: number;
  connections: number;
  acknowledged: number;
  rps: number;
  p95: number;
  non2xx: number;
  /** Seconds after the load until the worker had turned every event into a call (or null: not within a minute). */
  workerCaughtUpSeconds: number | null;
  target: string;
};

const TARGET_RPS = 300;

/**
 * Webhook intake (SPEC §13, issue 15's target ≥ 300 signed events/s acknowledged): a Retell
 * connection of the bench agency receives `call_ended` events, each a new call with a fresh
 * signature, from `connections` senders for `seconds`; then the wait until the inbox is empty.
 */
export async function measureIntake(server: AppServer, databaseUrl: string, seconds: number, connections: number) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const hook = await ensureBenchConnection(sql, server.authSecret);
    const latencies: number[] = [];
    const result = await new Promise<Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${server.port}/api/ingest/retell/${hook.webhookId}`,
          connections,
          duration: seconds,
          timeout: 30,
          method: "POST",
          headers: { host: server.appHost, "content-type": "application/json" },
          requests: [
            {
              method: "POST",
              setupRequest: (request) => {
                const body = JSON.stringify(
                  retellEventBody("call_ended", {
                    callId: `call_bench_${randomUUID()}`,
                    agentExternalId: hook.agentExternalId,
                    callerNumber: "+15550199999",
                    startedAt: new Date(Date.now() - 120_000),
                    durationSeconds: 95,
                  }),
                );
                return {
                  ...request,
                  body,
                  headers: {
                    ...request.headers,
                    host: server.appHost,
                    "content-type": "application/json",
                    "x-retell-signature": signRetell(body, hook.apiKey),
                  },
                };
              },
            },
          ],
        },
        (error, r) => (error ? reject(error) : resolve(r)),
      );
      instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
    });
    latencies.sort((a, b) => a - b);
    const loadEnded = Date.now();
    let caughtUp: number | null = null;
    while (Date.now() - loadEnded < 60_000) {
      const [{ n }] = await sql<{ n: number }[]>`
        select count(*)::int as n from provider_events where connection_id = ${hook.connectionId} and status = 'pending'`;
      if (n === 0) {
        caughtUp = (Date.now() - loadEnded) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const acknowledged = result["2xx"];
    return {
      seconds,
      connections,
      acknowledged,
      rps: acknowledged / seconds,
      p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
      non2xx: result.non2xx + result.errors + result.timeouts,
      workerCaughtUpSeconds: caughtUp,
      target: `≥ ${TARGET_RPS} events/s acknowledged, worker caught up within 60 s`,
    } satisfies IntakeResult;
  } finally {
    await sql.end();
  }
}

export function intakeMarkdown(r: IntakeResult): string {
  const ok = r.rps >= TARGET_RPS && r.workerCaughtUpSeconds !== null && r.non2xx === 0;
  return [
    "",
    "### Provider webhook intake",
    "",
    "| events acknowledged | events/s | p95 ms | errors/non-2xx | worker caught up after | target | met |",
    "|---|---|---|---|---|---|---|",
    `| ${r.acknowledged} in ${r.seconds} s @${r.connections} | ${r.rps.toFixed(0)} | ${r.p95.toFixed(1)} | ${r.non2xx} | ${
      r.workerCaughtUpSeconds === null ? "not within 60 s" : `${r.workerCaughtUpSeconds.toFixed(1)} s`
    } | ${r.target} | ${ok ? "yes" : "no"} |`,
    "",
  ].join("\n");
}
