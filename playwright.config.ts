import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's chromium where it exists (CI and these machines); Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

// One production server per database: embedded PGlite always, PostgreSQL when TEST_DATABASE_URL
// is set. Each starts on a fresh DATA_DIR / fresh database with the demo data.
// E2E_PORT lets several checkouts run their suites side by side.
const basePort = Number(process.env.E2E_PORT ?? 3100);
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
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: targets.map((t) => ({
    name: t.name,
    use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${t.port}`, launchOptions },
  })),
  webServer: targets.map((t) => ({
    command: `node scripts/e2e-server.mjs ${t.name} ${t.port}`,
    url: `http://localhost:${t.port}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  })),
});
