import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// unit: pure code, no database. integration: verbs on a real database — PGlite, or PostgreSQL
// when DB_KIND=postgres (scripts/test-all.mjs runs this project once per database).
export default defineConfig({
  // `server-only` throws unless resolved with the `react-server` condition, as Next's server bundles
  // do; tests import server modules directly, so they get its empty server entry.
  resolve: { alias: { "@": root, "server-only": `${root}node_modules/server-only/empty.js` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          globalSetup: ["./db/testing/global-setup.ts"],
          setupFiles: ["./db/testing/per-file-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          pool: "forks",
          maxWorkers: 2,
        },
      },
    ],
  },
});
