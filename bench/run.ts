// `npm run bench`: loads the production build, seeded by `npm run bench:seed`, target by target,
// beside its own in-memory and bare-Node baselines, and writes bench/results/<date>.{json,md}.
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import {
  BENCH_AGENCY_SLUG,
  BENCH_CLIENT_ADMIN,
  BENCH_PASSWORD,
  BENCH_STAFF_OWNER,
  requirePostgresUrl,
} from "./bench-accounts";
import { describeDataset, type Dataset } from "./run/dataset";
import { measureExport, type ExportResult } from "./run/exports";
import { intakeMarkdown, measureIntake, type IntakeResult } from "./run/intake";
import { request } from "./run/http";
import { loadTarget } from "./run/load";
import { hitRate, pageCacheStats } from "./run/page-cache-stats";
import { afterInvalidationMarkdown, measureAfterInvalidation, type AfterInvalidation } from "./run/after-invalidation";
import { parseRunOptions, type RunOptions } from "./run/options";
import { startRoundTripCounter } from "./run/pg-round-trips";
import { renderMarkdown, writeResults, type TargetResult } from "./run/report";
import { roundTripsPerRequest } from "./run/round-trips";
import { measureScim, type ScimResult } from "./run/scim";
import { measureBatchIngest, type BatchIngestResult } from "./run/batch-ingest";
import { requireProductionBuild, startAppServer, type AppServer } from "./run/server";
import { signIn } from "./run/sign-in";
import { resolveTargets, targetsOf, type Session, type Target } from "./run/targets";

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
  let intake: IntakeResult | null = null;
  let scim: ScimResult | null = null;
  let ingest: BatchIngestResult | null = null;
  let invalidation: AfterInvalidation[] = [];
  try {
    const targets = await resolveTargets(session, dataset, opts, cleanup);
    results = await runLoads(targets, opts, session.server);
    if (!opts.only || opts.only.includes("invalidation")) {
      log("After invalidation: a new call, then the first request of each cached page…");
      const cached = targetsOf(session, dataset, opts, null, undefined, null).filter((t) =>
        ["overview", "analytics", "calls"].includes(t.key),
      );
      invalidation = await measureAfterInvalidation(session, url, cached).catch((error: unknown) => {
        log(`after invalidation: ${error instanceof Error ? error.message : error}`);
        return [];
      });
    }
    if (opts.exports) exportResults = await runExports(session, opts);
    if (!opts.only || opts.only.includes("intake")) {
      log("Provider webhook intake: loading…");
      intake = await measureIntake(session.server, url, opts.duration, opts.connections).catch((error: unknown) => {
        log(`intake: ${error instanceof Error ? error.message : error}`);
        return null;
      });
    }
    if (!opts.only || opts.only.includes("scim")) {
      log("SCIM: 1,000 creates and 100 pages of a 10,000-user directory…");
      scim = await measureScim(session, url);
    }
    if (!opts.only || opts.only.includes("ingest")) {
      log("Generic ingestion: 20 batches of 1,000 calls…");
      ingest = await measureBatchIngest(session, url);
    }
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
      rows: Object.entries(dataset.rows)
        .map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`)
        .join(", "),
      "bench client calls": dataset.benchClientCalls.toLocaleString("en-US"),
    },
    settings: {
      autocannon: `${opts.warmup} s warm-up at ≤10 connections, then ${opts.duration} s at ${opts.connections} and ${opts.duration} s at 1 connection per target`,
    },
    targets: results,
    exports: exportResults,
    intake,
    scim,
    ingest,
    invalidation,
    notes: [
      "Shared 2-core machine: other work ran during the run (see the load average); compare only rows of this one table.",
      "vs in-memory = req/s at 50 connections ÷ the in-memory baseline's, measured minutes apart in the same server.",
      "server CPU ms/req: user + system CPU of the next-server process over the 1-connection run ÷ requests; unlike latency it hardly depends on what else the machine runs.",
      "DB round trips/req: counted on the wire (Sync + Query messages) through a pass-through proxy in a second server start, never during the timed runs.",
      "cache hits: the page cache's hits ÷ lookups over the target's runs (its counters, /bench-baseline/page-cache); \"rendered afresh\" rows send Cache-Control: no-cache, as a hard reload does, and never look.",
      "load avg: the machine's 1-minute load average when the target started (2 cores: above 2 means the figures include waiting for a CPU).",
    ],
  };
  const markdown =
    renderMarkdown(report) + afterInvalidationMarkdown(invalidation) + (intake ? intakeMarkdown(intake) : "");
  console.log(`\n${markdown}`);
  if (ingest)
    console.log(
      `\nGeneric ingestion: ${ingest.callsPerSecond.toLocaleString("en-US")} calls/s (${ingest.calls.toLocaleString("en-US")} calls in ${ingest.batches} batches, ${ingest.ms} ms)`,
    );
  if (scim)
    console.log(
      `\nSCIM (${scim.users.toLocaleString("en-US")} users): ${scim.createsPerSecond} creates/s (1,000 in ${scim.createMs} ms); pages of 100: ${JSON.stringify(scim.pageMs)} ms`,
    );
  log(`Written ${path.relative(process.cwd(), writeResults(report, markdown))}.{json,md}`);
}

async function openSession(server: AppServer): Promise<Session> {
  const portal = server.portalHost(BENCH_AGENCY_SLUG);
  const [client, staff] = [
    await signIn(server.port, portal, BENCH_CLIENT_ADMIN, BENCH_PASSWORD),
    await signIn(server.port, server.appHost, BENCH_STAFF_OWNER, BENCH_PASSWORD),
  ];
  return { server, portal, client, staff };
}

async function runLoads(targets: Target[], opts: RunOptions, server: AppServer): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const t of targets) {
    const shown = `${t.host}${t.path ?? ""}`;
    const gone = server.exited();
    if (gone) {
      results.push({
        key: t.key,
        label: t.label,
        url: shown,
        available: false,
        note: `not measured: the server stopped (${gone}); see bench/tmp/server-load.log`,
      });
      continue;
    }
    if (!t.path) {
      results.push({
        key: t.key,
        label: t.label,
        url: shown,
        available: false,
        note: t.unavailable ?? "not available",
      });
      continue;
    }
    try {
      results.push(
        await loadOne({ ...t, path: t.path }, shown, opts, server.pid, { port: server.port, host: server.appHost }),
      );
    } catch (error) {
      // A target that breaks the server must not cost the figures already taken.
      const gone = server.exited();
      log(`${t.label}: ${error instanceof Error ? error.message : error}${gone ? ` (server stopped: ${gone})` : ""}`);
      results.push({
        key: t.key,
        label: t.label,
        url: shown,
        available: false,
        note: `failed: ${gone ? `the server stopped (${gone})` : error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return results;
}

/** One target: a probe (404 → "not available"), then warm-up and the two measured runs. */
async function loadOne(
  t: Target & { path: string },
  shown: string,
  opts: RunOptions,
  serverPid: number,
  app: { port: number; host: string },
): Promise<TargetResult> {
  const spec = { port: t.port, host: t.host, path: t.path, cookie: t.cookie, headers: t.headers };
  const probe = await request({ ...spec, headers: { ...(t.cookie ? { cookie: t.cookie } : {}), ...t.headers } });
  if (probe.status !== 200) {
    const note =
      probe.status === 404
        ? "not available in this build (404)"
        : `answered ${probe.status}${probe.headers.location ? ` → ${probe.headers.location}` : ""}`;
    log(`${t.label}: ${note}`);
    return { key: t.key, label: t.label, url: shown, available: false, note };
  }
  log(`${t.label}: loading…`);
  const cacheBefore = await pageCacheStats(app.port, app.host);
  const { many, one, cpuMsPerRequest, loadAverage } = await loadTarget(spec, t.pid ?? serverPid, opts);
  const cacheHitRate = hitRate(cacheBefore, await pageCacheStats(app.port, app.host));
  log(
    `  ${Math.round(many.rps)} req/s @${opts.connections}, p95 ${many.p95.toFixed(1)} ms; p95 ${one.p95.toFixed(1)} ms @1; ${cpuMsPerRequest?.toFixed(1) ?? "?"} ms CPU/req`,
  );
  return {
    key: t.key,
    label: t.label,
    url: shown,
    path: t.path,
    available: true,
    many,
    one,
    cpuMsPerRequest,
    loadAverage,
    cacheHitRate,
  };
}

async function runExports(s: Session, opts: RunOptions): Promise<ExportResult[]> {
  const exports = [
    {
      key: "export-calls",
      label: "calls CSV (bench client, all calls)",
      host: s.portal,
      path: "/api/v1/portal/calls/export",
      cookie: s.client,
      headerLines: 1,
    },
    {
      key: "export-audit",
      label: "audit log JSONL (whole agency)",
      host: s.server.appHost,
      path: "/api/v1/audit-events/export?format=jsonl",
      cookie: s.staff,
      headerLines: 0,
    },
  ].filter((e) => !opts.only || opts.only.includes(e.key));
  const results: ExportResult[] = [];
  for (const e of exports) {
    const gone = s.server.exited();
    if (gone) {
      results.push({
        key: e.key,
        label: e.label,
        available: false,
        note: `not measured: the server stopped (${gone})`,
      });
      continue;
    }
    log(`${e.label}…`);
    try {
      results.push(
        await measureExport(
          e.key,
          e.label,
          { port: s.server.port, host: e.host, path: e.path, headers: { cookie: e.cookie } },
          s.server.pid,
          e.headerLines,
        ),
      );
    } catch (error) {
      results.push({
        key: e.key,
        label: e.label,
        available: false,
        note: `failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
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
    const targets = targetsOf(s, dataset, opts, deep?.available ? (deep.path ?? null) : null, undefined, null);
    for (const r of measurable) {
      const t = targets.find((x) => x.key === r.key);
      if (!t?.path) continue;
      r.roundTrips = await roundTripsPerRequest(
        {
          port: t.port,
          host: t.host,
          path: t.path,
          headers: { ...(t.cookie ? { cookie: t.cookie } : {}), ...t.headers },
        },
        proxy.count,
      );
    }
  } finally {
    await server.stop();
    await proxy.close();
  }
}

function git(command: string): string {
  try {
    return execSync(command, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
