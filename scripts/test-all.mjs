// `npm test`: every test layer, in order, stopping at the first red one.
//   typecheck → lint → format → unit → integration on PGlite → integration on PostgreSQL (when
//   TEST_DATABASE_URL is set) → production build → end-to-end in Chromium.
// Ends with one "N passed, N failed" line summing the test runners' own counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
// Playwright empties test-results/ when it starts, so the runners report into test-reports/.
rmSync("test-reports", { recursive: true, force: true });
mkdirSync("test-reports", { recursive: true });

const steps = [
  ["typecheck", bin("tsc"), ["--noEmit", "-p", "."]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["format", bin("prettier"), ["--check", "."]],
  [
    "unit",
    bin("vitest"),
    ["run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile.json=test-reports/unit.json"],
  ],
  [
    "integration (PGlite)",
    bin("vitest"),
    [
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=test-reports/integration-pglite.json",
    ],
    { DB_KIND: "pglite" },
  ],
  ...(hasPostgres
    ? [
        [
          "integration (PostgreSQL)",
          bin("vitest"),
          [
            "run",
            "--project",
            "integration",
            "--reporter=default",
            "--reporter=json",
            "--outputFile.json=test-reports/integration-postgres.json",
          ],
          { DB_KIND: "postgres" },
        ],
      ]
    : []),
  ["build", bin("next"), ["build"]],
  ["end-to-end", bin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
let failedStep;
for (const [name, cmd, args, extra] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
  console.log(`◀ ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const file of ["unit", "integration-pglite", "integration-postgres"]) {
  const path = `test-reports/${file}.json`;
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
if (existsSync("test-reports/e2e-report.json")) {
  const { stats } = JSON.parse(readFileSync("test-reports/e2e-report.json", "utf8"));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}
if (failedStep && failed === 0) failed = 1;
console.log(failedStep ? `\nnpm test: step "${failedStep}" failed` : "\nnpm test: every step passed");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
