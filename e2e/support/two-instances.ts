import { execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

export type Instance = {
  name: string;
  port: number;
  pid: number;
  /** Its own DATA_DIR, where nothing shared may end up when STORAGE_URL is set. */
  dataDir: string;
  kill: (signal: NodeJS.Signals) => void;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
};
export type Instances = {
  a: Instance;
  b: Instance;
  consoleHost: string;
  portalHost: string;
  databaseUrl: string;
  stop: () => Promise<void>;
};

/**
 * Two production instances of the built app (scripts/server.mjs, as `npm start` runs it) on ports
 * `port` and `port + 1`, one fresh PostgreSQL database (seeded once) and nothing else in common
 * but what every instance of a deployment shares: AUTH_SECRET, the audit keys, APP_URL (A's
 * address stands for the load balancer's). Each has its own DATA_DIR, as separate machines would;
 * with `storageUrl` both keep their files in that one object store (STORAGE_URL).
 */
export async function startInstances(port: number, opts: { storageUrl?: string } = {}): Promise<Instances> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `sb_e2e_fleet_${port}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;

  const consoleHost = `localhost:${port}`;
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url.toString(),
    APP_URL: `http://${consoleHost}`,
    PORTAL_ROOT_DOMAIN: consoleHost,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ALLOW_PRIVATE_WEBHOOKS: "true",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUDIT_HMAC_KEY: randomBytes(32).toString("base64url"),
    AUDIT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    // A crashed instance's claims pass to the other after 10 s instead of 2 minutes.
    WORKER_LEASE_SECONDS: "10",
    LOGIN_COOLDOWN_SECONDS: "60",
    ...(opts.storageUrl ? { STORAGE_URL: opts.storageUrl } : {}),
  };
  delete shared.SMTP_URL;
  delete shared.E2E_SMTP_URL;
  for (const p of [port, port + 1]) rmSync(dataDir(p), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "db/seed/seed-cli.ts"],
    {
      env: { ...shared, DATA_DIR: dataDir(port) },
      stdio: "inherit",
    },
  );

  const [a, b] = [start("A", port, shared), start("B", port + 1, shared)];
  const stop = async () => {
    for (const instance of [a, b]) instance.kill("SIGTERM");
    const drop = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
    await drop.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await drop.end();
  };
  try {
    await Promise.all([ready(a), ready(b)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { a, b, consoleHost, portalHost: `acme.${consoleHost}`, databaseUrl: url.toString(), stop };
}

const dataDir = (port: number) => path.resolve(`.data-e2e-fleet-${port}`);

function start(name: string, port: number, env: NodeJS.ProcessEnv): Instance {
  // Its own process group, so a kill reaches everything it started (STACK gotcha 12).
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...env, PORT: String(port), DATA_DIR: dataDir(port) },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    port,
    pid: child.pid!,
    dataDir: dataDir(port),
    exited,
    kill: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    },
  };
}

/** Polls the instance's readiness probe (database reachable, migrations applied) until it says so. */
async function ready(instance: Instance) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${instance.port}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
  }
  throw new Error(`instance ${instance.name} was not ready on port ${instance.port} in time`);
}
