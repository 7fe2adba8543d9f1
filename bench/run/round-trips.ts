import { request, type RequestSpec } from "./http";

const WARM = 15;
const SAMPLES = 20;

/**
 * Database round trips per request of one target: warm-up requests (statements get
 * prepared on each pooled connection), then SAMPLES sequential requests, minus whatever the
 * server does on its own meanwhile (background jobs), measured over an idle second before.
 */
export async function roundTripsPerRequest(spec: RequestSpec, count: () => number): Promise<number> {
  for (let i = 0; i < WARM; i++) await request(spec);
  const idleStart = count();
  const idleStarted = performance.now();
  await new Promise((r) => setTimeout(r, 1_000));
  const idlePerMs = (count() - idleStart) / (performance.now() - idleStarted);
  const before = count();
  const started = performance.now();
  for (let i = 0; i < SAMPLES; i++) await request(spec);
  const background = idlePerMs * (performance.now() - started);
  return Math.max(0, (count() - before - background) / SAMPLES);
}
