import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { freeBasePort } from "./scripts/e2e-port";

// Debian's chromium where it exists (CI and these machines); Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

// One production server per database: embedded PGlite always, PostgreSQL when TEST_DATABASE_URL
// is set. Each starts on a fresh DATA_DIR / fresh database with the demo data.
// E2E_PORT lets several checkouts run their suites side by side. Without it the suite takes 3100,
// or the next free family when something (a demo) holds one of its ports; the choice goes into
// E2E_PORT, so the workers (which load this file again) and e2e/support read the same one.
const basePort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freeBasePort(3100);
process.env.E2E_PORT = String(basePort);
// A real SMTP receiver beside the servers (scripts/e2e-smtp.mjs); both app servers mail to it.
const SMTP_PORT = basePort + 50;
const MAIL_API = `http://127.0.0.1:${basePort + 51}`;
const targets = [
  { name: "pglite", port: basePort },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres", port: basePort + 100 }] : []),
];

export default defineConfig({
  testDir: "./e2e",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e-report.json" }]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: targets.map((t) => ({
    name: t.name,
    // Layout and accessibility sweeps read the rendered pages, which do not depend on the database:
    // once (on the embedded one) is enough, and they are the slowest specs.
    testIgnore: t.name === "postgres" ? ["page-sweeps.spec.ts"] : [],
    use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${t.port}`, launchOptions },
  })),
  webServer: [
    {
      command: `node scripts/e2e-smtp.mjs ${SMTP_PORT} ${basePort + 51}`,
      url: `${MAIL_API}/messages`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    ...targets.map((t) => ({
      command: `node scripts/e2e-server.mjs ${t.name} ${t.port}`,
      env: { E2E_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` },
      url: `http://localhost:${t.port}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    })),
  ],
});
