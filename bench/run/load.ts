import autocannon from "autocannon";
import { request } from "./http";
import { cpuMsOf } from "./server";

export type LoadSpec = { port: number; host: string; path: string; cookie?: string; headers?: Record<string, string> };

export type Measured = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
};

/**
 * One fixed-connection, fixed-duration autocannon run. Latencies are taken from every response
 * (autocannon's own summary has no p95), so the percentiles are exact, not bucketed.
 */
export function measure(spec: LoadSpec, connections: number, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${spec.port}${spec.path}`,
        connections,
        duration: seconds,
        timeout: 30,
        headers: { host: spec.host, ...(spec.cookie ? { cookie: spec.cookie } : {}), ...spec.headers },
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const at = (q: number) =>
          latencies.length === 0 ? 0 : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
        resolve({
          connections,
          seconds,
          requests: latencies.length,
          rps: latencies.length / seconds,
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          bytesPerResponse: latencies.length === 0 ? 0 : bytes / latencies.length,
        });
      },
    );
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
}

export type TargetLoad = { many: Measured; one: Measured; cpuMsPerRequest: number | null; loadAverage: number };

/**
 * Warm-up, then the loaded run and the single-connection run, one after the other. Between runs
 * the server is drained (requests still in flight when autocannon stopped would otherwise be
 * served during the next run). The server's own CPU time per request, taken over the
 * single-connection run, does not depend on what else the machine is doing, unlike latency.
 */
export async function loadTarget(
  spec: LoadSpec,
  serverPid: number,
  opts: { warmup: number; duration: number; connections: number },
): Promise<TargetLoad> {
  const loadAverage = (await import("node:os")).loadavg()[0];
  if (opts.warmup > 0) {
    await measure(spec, Math.min(10, opts.connections), opts.warmup);
    await drain(spec);
  }
  const many = await measure(spec, opts.connections, opts.duration);
  await drain(spec);
  const cpuBefore = cpuMsOf(serverPid);
  const one = await measure(spec, 1, opts.duration);
  await drain(spec);
  const cpuAfter = cpuMsOf(serverPid);
  // The drain request and the one cut off at the end of the run were served too.
  const served = one.requests + 2;
  return {
    many,
    one,
    loadAverage,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / served,
  };
}

/** One more request: it is answered once the backlog before it has been. */
async function drain(spec: LoadSpec) {
  await request({
    port: spec.port,
    host: spec.host,
    path: spec.path,
    headers: { ...(spec.cookie ? { cookie: spec.cookie } : {}), ...spec.headers },
  }).catch(() => {});
}
