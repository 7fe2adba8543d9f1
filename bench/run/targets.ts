import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "./dataset";
import { followNextLinks } from "./deep-page";
import { request } from "./http";
import type { RunOptions } from "./options";
import { TMP_DIR, type AppServer } from "./server";

export type Target = {
  key: string;
  label: string;
  port: number;
  host: string;
  path: string | null;
  cookie?: string;
  /** Sent with every request: `Cache-Control: no-cache` measures a page rendered afresh. */
  headers?: Record<string, string>;
  unavailable?: string;
  pid?: number;
};
export type Session = { server: AppServer; portal: string; client: string; staff: string };

const DAY_MS = 86_400_000;
// A hard reload: the page cache (lib/page-cache) renders it afresh, as before the cache existed.
const UNCACHED = { "cache-control": "no-cache" };
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const log = (text: string) => process.stderr.write(`${text}\n`);

export function targetsOf(
  s: Session,
  dataset: Dataset,
  opts: RunOptions,
  deepPath: string | null,
  deepNote: string | undefined,
  bare: { port: number; pid: number } | null,
): Target[] {
  const { port, appHost } = s.server;
  const today = Date.now();
  const analytics = `/analytics?from=${day(today - 89 * DAY_MS)}&to=${day(today)}`;
  return [
    {
      key: "baseline",
      label: "in-memory baseline: Next page, same table, no auth/DB",
      port,
      host: appHost,
      path: "/bench-baseline",
    },
    {
      key: "bare",
      label: "bare node:http, same bytes",
      port: bare?.port ?? 0,
      pid: bare?.pid,
      host: "127.0.0.1",
      path: bare ? "/" : null,
      unavailable: "baseline page unavailable",
    },
    {
      key: "calls",
      label: "portal /calls (first page), cached",
      port,
      host: s.portal,
      path: "/calls",
      cookie: s.client,
    },
    {
      key: "calls-uncached",
      label: "portal /calls (first page), rendered afresh",
      port,
      host: s.portal,
      path: "/calls",
      cookie: s.client,
      headers: UNCACHED,
    },
    {
      key: "calls-deep",
      label: `portal /calls, ${opts.deepPages} pages deep (cursor)`,
      port,
      host: s.portal,
      path: deepPath,
      cookie: s.client,
      unavailable: deepNote,
    },
    {
      key: "call",
      label: "portal /calls/{id}",
      port,
      host: s.portal,
      path: dataset.sampleCallId ? `/calls/${dataset.sampleCallId}` : null,
      cookie: s.client,
      unavailable: "no call in the data",
    },
    {
      key: "analytics",
      label: "portal /analytics, 90 days, cached",
      port,
      host: s.portal,
      path: analytics,
      cookie: s.client,
    },
    {
      key: "analytics-uncached",
      label: "portal /analytics, 90 days, rendered afresh",
      port,
      host: s.portal,
      path: analytics,
      cookie: s.client,
      headers: UNCACHED,
    },
    { key: "overview", label: "portal / (overview), cached", port, host: s.portal, path: "/", cookie: s.client },
    {
      key: "overview-uncached",
      label: "portal / (overview), rendered afresh",
      port,
      host: s.portal,
      path: "/",
      cookie: s.client,
      headers: UNCACHED,
    },
    { key: "clients", label: "console /agency/clients", port, host: appHost, path: "/agency/clients", cookie: s.staff },
    {
      key: "api-calls",
      label: "API GET /api/v1/portal/calls",
      port,
      host: s.portal,
      path: "/api/v1/portal/calls",
      cookie: s.client,
    },
  ];
}

/** Finds the deep page by following links and starts the bare server on the baseline's bytes. */
export async function resolveTargets(
  s: Session,
  dataset: Dataset,
  opts: RunOptions,
  cleanup: (() => Promise<void>)[],
): Promise<Target[]> {
  const { port, appHost } = s.server;
  let deepPath: string | null = null;
  let deepNote: string | undefined;
  const first = await request({ port, host: s.portal, path: "/calls", headers: { cookie: s.client } });
  if (opts.only && !opts.only.includes("calls-deep")) deepNote = "not requested";
  else if (first.status === 404) deepNote = "not available in this build (404)";
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

async function startBareServer(file: string): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "bench", "run", "bare-server.mjs"), file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    port,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
    },
  };
}
