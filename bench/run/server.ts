import { execSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { request } from "./http";

export type AppServer = {
  port: number;
  /** The server's AUTH_SECRET: the intake target seals its provider key with it, as the app would. */
  authSecret: string;
  pid: number;
  appHost: string;
  portalHost: (slug: string) => string;
  stop: () => Promise<void>;
  /** Why the server is gone (exit code or signal), or null while it runs. */
  exited: () => string | null;
};

const ROOT = process.cwd();
export const TMP_DIR = path.join(ROOT, "bench", "tmp");

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function requireProductionBuild() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build in .next/: run `npx next build` first (npm run bench never builds).");
    process.exit(2);
  }
}

/**
 * The app server (`npm start`) on a free port, in its own process group (so stopping it stops every child),
 * with the benchmark-only baseline route switched on. Output goes to bench/tmp/server-<port>.log.
 */
export async function startAppServer(databaseUrl: string, label: string): Promise<AppServer> {
  const port = await freePort();
  const authSecret = randomBytes(32).toString("base64url");
  mkdirSync(TMP_DIR, { recursive: true });
  const log = createWriteStream(path.join(TMP_DIR, `server-${label}.log`));
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      PORTAL_ROOT_DOMAIN: `localhost:${port}`,
      AUTH_TRUST_HOST: "true",
      AUTH_SECRET: authSecret,
      DATA_DIR: path.join(TMP_DIR, "data"),
      SEED_DEMO: "false",
      BENCH_BASELINE: "1",
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const appHost = `localhost:${port}`;
  await waitUntilServing(child, port, appHost);
  return {
    port,
    authSecret,
    appHost,
    pid: serverProcess(child.pid!),
    portalHost: (slug) => `${slug}.localhost:${port}`,
    stop: () => stopGroup(child),
    exited: () =>
      child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode ? `signal ${child.signalCode}` : null,
  };
}

async function waitUntilServing(child: ChildProcess, port: number, host: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); see bench/tmp/server-*.log`);
    try {
      const reply = await request({ port, host, path: "/login" });
      if (reply.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("next start did not answer within 90 s");
}

async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

/** The process that serves requests: the spawned one, or the descendant with the most memory. */
function serverProcess(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const all: number[] = [];
  const walk = (pid: number) => {
    all.push(pid);
    (children.get(pid) ?? []).forEach(walk);
  };
  walk(rootPid);
  return all.reduce((best, pid) => (memoryOf(pid).rssMb > memoryOf(best).rssMb ? pid : best), rootPid);
}

/** Resident and peak resident memory (VmRSS, VmHWM) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}

const CLOCK_TICKS = Number(execSync("getconf CLK_TCK", { encoding: "utf8" }).trim()) || 100;

/** CPU time (user + system) the process has used so far, in ms; null if it cannot be read. */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs), so a peak can be read per phase. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
