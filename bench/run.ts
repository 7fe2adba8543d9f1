// `npm run bench`: loads the production build, seeded by `npm run bench:seed`, target by target,
// beside its own in-memory and bare-Node baselines, and writes bench/results/<date>.{json,md}.
import { spawn } from "node:child_process";
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_AGENCY_SLUG, BENCH_CLIENT_ADMIN, BENCH_PASSWORD, BENCH_STAFF_OWNER, requirePostgresUrl } from "./bench-accounts";
import { describeDataset, type Dataset } from "./run/dataset";
import { followNextLinks } from "./run/deep-page";
import { measureExport, type ExportResult } from "./run/exports";
import { request } from "./run/http";
import { loadTarget } from "./run/load";
import { parseRunOptions, type RunOptions } from "./run/options";
import { startRoundTripCounter } from "./run/pg-round-trips";
import { renderMarkdown, writeResults, type TargetResult } from "./run/report";
import { roundTripsPerRequest } from "./run/round-trips";
import { requireProductionBuild, startAppServer, TMP_DIR, type AppServer } from "./run/server";
import { signIn } from "./run/sign-in";

type Target = { key: string; label: string; port: number; host: string; path: string | null; cookie?: string; unavailable?: string; pid?: number };
type Session = { server: AppServer; portal: string; client: string; staff: string };

const DAY_MS = 86_400_000;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const log = (text: string) => process.stderr.write(`${text}\n`);

async function main() {
  const opts = parseRunOptions(process.argv.slice(2));
  const url = requirePostgresUrl();
  requireProductionBuild();
  const dataset = await describeDataset(url);
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();

  log("Starting next start (production build)…");
  const session = await openSession(await startAppServer(url, "load"));
  const cleanup: (() => Promise<void>)[] = [() => session.server.stop()];
  let results: TargetResult[] = [];
  let exportResults: ExportResult[] = [];
  try {
    const targets = await resolveTargets(session, dataset, opts, cleanup);
    results = await runLoads(targets, opts, session.server.pid);
    if (opts.exports) exportResults = await runExports(session, opts);
  } finally {
    for (const stop of cleanup.reverse()) await stop().catch(() => {});
  }
  await countRoundTrips(url, dataset, opts, results);

  const report = {
    startedAt,
    machine: {
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "?"}`,
      memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      node: process.version,
      "load average (1 min) before → after": `${loadBefore[0].toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
      commit: git("git rev-parse --short HEAD") + (git("git status --porcelain") ? " (uncommitted changes)" : ""),
    },
    dataset: {
      database: `${dataset.postgres}, shared_buffers ${dataset.sharedBuffers}`,
      rows: Object.entries(dataset.rows).map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`).join(", "),
      "bench client calls": dataset.benchClientCalls.toLocaleString("en-US"),
    },
    settings: { autocannon: `${opts.warmup} s warm-up at ≤10 connections, then ${opts.duration} s at ${opts.connections} and ${opts.duration} s at 1 connection per target` },
    targets: results,
    exports: exportResults,
    notes: [
      "Shared 2-core machine: other work ran during the run (see the load average); compare only rows of this one table.",
      "vs in-memory = req/s at 50 connections ÷ the in-memory baseline's, measured minutes apart in the same server.",
      "server CPU ms/req: user + system CPU of the next-server process over the 1-connection run ÷ requests; unlike latency it hardly depends on what else the machine runs.",
      "DB round trips/req: counted on the wire (Sync + Query messages) through a pass-through proxy in a second server start, never during the timed runs.",
      "load avg: the machine's 1-minute load average when the target started (2 cores: above 2 means the figures include waiting for a CPU).",
    ],
  };
  const markdown = renderMarkdown(report);
  console.log(`\n${markdown}`);
  log(`Written ${path.relative(process.cwd(), writeResults(report, markdown))}.{json,md}`);
}

async function openSession(server: AppServer): Promise<Session> {
  const portal = server.portalHost(BENCH_AGENCY_SLUG);
  const [client, staff] = [await signIn(server.port, portal, BENCH_CLIENT_ADMIN, BENCH_PASSWORD), await signIn(server.port, server.appHost, BENCH_STAFF_OWNER, BENCH_PASSWORD)];
  return { server, portal, client, staff };
}

function targetsOf(s: Session, dataset: Dataset, opts: RunOptions, deepPath: string | null, deepNote: string | undefined, bare: { port: number; pid: number } | null): Target[] {
  const { port, appHost } = s.server;
  const today = Date.now();
  return [
    { key: "baseline", label: "in-memory baseline: Next page, same table, no auth/DB", port, host: appHost, path: "/bench-baseline" },
    { key: "bare", label: "bare node:http, same bytes", port: bare?.port ?? 0, pid: bare?.pid, host: "127.0.0.1", path: bare ? "/" : null, unavailable: "baseline page unavailable" },
    { key: "calls", label: "portal /calls (first page)", port, host: s.portal, path: "/calls", cookie: s.client },
    { key: "calls-deep", label: `portal /calls, ${opts.deepPages} pages deep (cursor)`, port, host: s.portal, path: deepPath, cookie: s.client, unavailable: deepNote },
    { key: "call", label: "portal /calls/{id}", port, host: s.portal, path: dataset.sampleCallId ? `/calls/${dataset.sampleCallId}` : null, cookie: s.client, unavailable: "no call in the data" },
    { key: "analytics", label: "portal /analytics, 90 days", port, host: s.portal, path: `/analytics?from=${day(today - 89 * DAY_MS)}&to=${day(today)}`, cookie: s.client },
    { key: "overview", label: "portal / (overview)", port, host: s.portal, path: "/", cookie: s.client },
    { key: "clients", label: "console /agency/clients", port, host: appHost, path: "/agency/clients", cookie: s.staff },
    { key: "api-calls", label: "API GET /api/v1/portal/calls", port, host: s.portal, path: "/api/v1/portal/calls", cookie: s.client },
  ];
}

/** Finds the deep page by following links and starts the bare server on the baseline's bytes. */
async function resolveTargets(s: Session, dataset: Dataset, opts: RunOptions, cleanup: (() => Promise<void>)[]): Promise<Target[]> {
  const { port, appHost } = s.server;
  let deepPath: string | null = null;
  let deepNote: string | undefined;
  const first = await request({ port, host: s.portal, path: "/calls", headers: { cookie: s.client } });
  if (first.status === 404) deepNote = "not available in this build (404)";
  else {
    log(`Following ${opts.deepPages} "Next page" links…`);
    const deep = await followNextLinks(port, s.portal, s.client, "/calls", opts.deepPages);
    if (deep.path === null) deepNote = deep.reason;
    else {
      log(`  reached ${deep.path.slice(0, 60)}… in ${deep.seconds.toFixed(1)} s`);
      deepPath = deep.path;
    }
  }
  let bare: { port: number; pid: number } | null = null;
  const baseline = await request({ port, host: appHost, path: "/bench-baseline" });
  if (baseline.status === 200) {
    const file = path.join(TMP_DIR, "baseline.html");
    writeFileSync(file, baseline.body);
    const server = await startBareServer(file);
    bare = server;
    cleanup.push(server.stop);
  }
  const targets = targetsOf(s, dataset, opts, deepPath, deepNote, bare);
  return opts.only ? targets.filter((t) => opts.only!.includes(t.key)) : targets;
}

async function runLoads(targets: Target[], opts: RunOptions, serverPid: number): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const t of targets) {
    const shown = `${t.host}${t.path ?? ""}`;
    if (!t.path) {
      results.push({ key: t.key, label: t.label, url: shown, available: false, note: t.unavailable ?? "not available" });
      continue;
    }
    const spec = { port: t.port, host: t.host, path: t.path, cookie: t.cookie };
    const probe = await request({ ...spec, headers: t.cookie ? { cookie: t.cookie } : {} });
    if (probe.status !== 200) {
      const note = probe.status === 404 ? "not available in this build (404)" : `answered ${probe.status}${probe.headers.location ? ` → ${probe.headers.location}` : ""}`;
      log(`${t.label}: ${note}`);
      results.push({ key: t.key, label: t.label, url: shown, available: false, note });
      continue;
    }
    log(`${t.label}: loading…`);
    const { many, one, cpuMsPerRequest, loadAverage } = await loadTarget(spec, t.pid ?? serverPid, opts);
    log(`  ${Math.round(many.rps)} req/s @${opts.connections}, p95 ${many.p95.toFixed(1)} ms; p95 ${one.p95.toFixed(1)} ms @1; ${cpuMsPerRequest?.toFixed(1) ?? "?"} ms CPU/req`);
    results.push({ key: t.key, label: t.label, url: shown, available: true, many, one, cpuMsPerRequest, loadAverage });
  }
  return results;
}

async function runExports(s: Session, opts: RunOptions): Promise<ExportResult[]> {
  const wanted = (key: string) => !opts.only || opts.only.includes(key);
  const results: ExportResult[] = [];
  if (wanted("export-calls")) {
    log("Calls CSV export…");
    results.push(await measureExport("export-calls", "calls CSV (bench client, all calls)", { port: s.server.port, host: s.portal, path: "/api/v1/portal/calls/export", headers: { cookie: s.client } }, s.server.pid, 1));
  }
  if (wanted("export-audit")) {
    log("Audit JSONL export…");
    results.push(await measureExport("export-audit", "audit log JSONL (whole agency)", { port: s.server.port, host: s.server.appHost, path: "/api/v1/audit-events/export?format=jsonl", headers: { cookie: s.staff } }, s.server.pid, 0));
  }
  return results;
}

/** A second server start whose database connection runs through the counting proxy. */
async function countRoundTrips(url: string, dataset: Dataset, opts: RunOptions, results: TargetResult[]) {
  const measurable = results.filter((r) => r.available && r.key !== "bare");
  if (measurable.length === 0) return;
  const target = new URL(url);
  const proxy = await startRoundTripCounter({ host: target.hostname, port: Number(target.port || 5432) });
  const proxied = new URL(url);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(proxy.port);
  log("Counting database round trips per request (second server start, through a counting proxy)…");
  const server = await startAppServer(proxied.toString(), "round-trips");
  try {
    const s = await openSession(server);
    const deep = results.find((r) => r.key === "calls-deep");
    const targets = targetsOf(s, dataset, opts, deep?.available ? deep.url.slice(deep.url.indexOf("/")) : null, undefined, null);
    for (const r of measurable) {
      const t = targets.find((x) => x.key === r.key);
      if (!t?.path) continue;
      r.roundTrips = await roundTripsPerRequest({ port: t.port, host: t.host, path: t.path, headers: t.cookie ? { cookie: t.cookie } : {} }, proxy.count);
    }
  } finally {
    await server.stop();
    await proxy.close();
  }
}

async function startBareServer(file: string): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "bench", "run", "bare-server.mjs"), file], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { port, pid: child.pid!, stop: async () => { child.kill("SIGTERM"); } };
}

function git(command: string): string {
  try {
    return execSync(command, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
