// Starts the production build for the end-to-end tests on a fresh database:
//   node scripts/e2e-server.mjs pglite 3100    → embedded, new DATA_DIR, demo data on first start
//   node scripts/e2e-server.mjs postgres 3200  → new database on TEST_DATABASE_URL, seeded
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

const [kind, port] = process.argv.slice(2);
// One directory per port: a spec may start a second server of the same kind (e2e/support/outbox-server.ts).
const dataDir = path.resolve(`.data-e2e-${kind}-${port}`);
rmSync(dataDir, { recursive: true, force: true });
const env = {
  ...process.env,
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  PORT: port,
  APP_URL: `http://localhost:${port}`,
  PORTAL_ROOT_DOMAIN: `localhost:${port}`,
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  ALLOW_PRIVATE_WEBHOOKS: "true",
  // Mail goes to the test's SMTP receiver (playwright.config.ts); a short login cool-down lets
  // the throttling test see the right password work again.
  ...(process.env.E2E_SMTP_URL ? { SMTP_URL: process.env.E2E_SMTP_URL } : {}),
  LOGIN_COOLDOWN_SECONDS: process.env.LOGIN_COOLDOWN_SECONDS ?? "3",
};
delete env.DATABASE_URL;

if (kind === "postgres") {
  const url = new URL(process.env.TEST_DATABASE_URL);
  const name = `sb_e2e_${port}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "db/seed/seed-cli.ts"],
    { env, stdio: "inherit" },
  );
}

// Through the app's own server (scripts/server.mjs), as `npm start` runs it: the client address
// tests need the TCP peer it records.
const child = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: "inherit" });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
