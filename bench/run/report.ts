import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExportResult } from "./exports";
import type { Measured } from "./load";

export type TargetResult = {
  key: string;
  label: string;
  url: string;
  /** The path loaded (a deep page's cursor URL is reused by the round-trip count). */
  path?: string;
  available: boolean;
  note?: string;
  many?: Measured;
  one?: Measured;
  /** The server process's CPU time per request over the single-connection run. */
  cpuMsPerRequest?: number | null;
  /** The machine's 1-minute load average when this target started: how contended its figures are. */
  loadAverage?: number;
  roundTrips?: number | null;
  /** The page cache's hits ÷ lookups over this target's runs; null where it never looked. */
  cacheHitRate?: number | null;
};

export type RunReport = {
  startedAt: string;
  machine: Record<string, string | number>;
  dataset: Record<string, string | number>;
  settings: Record<string, string | number>;
  targets: TargetResult[];
  exports: ExportResult[];
  notes: string[];
};

const ms = (v: number | undefined) => (v === undefined ? "—" : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v: number, digits = 0) =>
  v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The one table: every target at 50 and at 1 connection, its share of the in-memory baseline, then the exports. */
export function renderMarkdown(report: RunReport): string {
  const baseline = report.targets.find((t) => t.key === "baseline")?.many?.rps;
  const rows = report.targets.map((t) => {
    if (!t.available || !t.many || !t.one) return `| ${t.label} | ${t.note ?? "not available"} | | | | | | | | | | | |`;
    const ratio = baseline ? `${Math.round((100 * t.many.rps) / baseline)} %` : "—";
    const failures = t.many.errors + t.many.non2xx + t.one.errors + t.one.non2xx;
    const trips = t.roundTrips === undefined || t.roundTrips === null ? "—" : num(t.roundTrips, 1);
    const hits =
      t.cacheHitRate === undefined || t.cacheHitRate === null ? "—" : `${(100 * t.cacheHitRate).toFixed(1)} %`;
    const cpu = t.cpuMsPerRequest === undefined || t.cpuMsPerRequest === null ? "—" : ms(t.cpuMsPerRequest);
    return `| ${t.label}${failures ? ` (${failures} failed)` : ""} | ${num(t.many.rps)} | ${ms(t.many.p50)} | ${ms(t.many.p95)} | ${ms(t.many.p99)} | ${ms(t.one.p50)} | ${ms(t.one.p95)} | ${ratio} | ${cpu} | ${trips} | ${num(t.many.bytesPerResponse / 1024)} | ${hits} | ${t.loadAverage?.toFixed(1) ?? "—"} |`;
  });
  const exportRows = report.exports.map((e) =>
    e.available
      ? `| ${e.label} | ${num(e.rows)} | ${num(e.megabytes)} MB | ${num(e.seconds, 1)} s | ${num(e.rowsPerSecond)} | ${e.cpuSeconds ? `${num(e.cpuSeconds, 1)} s · ${num(e.rows / e.cpuSeconds)}` : "—"} | ${ms(e.firstByteMs)} ms | ${num(e.rssBeforeMb)} MB | ${num(e.peakRssMb)} MB (${e.peakSource}) | +${num(e.peakRssMb - e.rssBeforeMb)} MB |`
      : `| ${e.label} | ${e.note} | | | | | | | | |`,
  );
  return [
    `### Benchmark ${report.startedAt}`,
    "",
    ...Object.entries({ ...report.machine, ...report.dataset, ...report.settings }).map(([k, v]) => `- ${k}: ${v}`),
    "",
    "| target | req/s @50 | p50 ms | p95 ms | p99 ms | p50 ms @1 | p95 ms @1 | vs in-memory | server CPU ms/req | DB round trips/req | KB/resp | cache hits | load avg |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "| export | rows | size | time | rows/s | server CPU · rows per CPU-s | first byte | server RSS before | peak RSS | growth |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...exportRows,
    "",
    ...report.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
}

/** bench/results/<date>.json and .md (a second run on the same day replaces them). */
export function writeResults(report: RunReport, markdown: string): string {
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, report.startedAt.slice(0, 10));
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown);
  return base;
}
