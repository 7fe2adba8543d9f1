/**
 * The accounts `npm run bench:seed` creates and `npm run bench` signs in with. Benchmark data
 * only: these never exist in a database the demo seed or a real agency created.
 */
export const BENCH_AGENCY_SLUG = "bench";
export const BENCH_CLIENT_NAME = "Bench Dental Group";
export const BENCH_PASSWORD = "bench-portal-2026";
/** Client admin of the bench client: every portal section and capability. */
export const BENCH_CLIENT_ADMIN = "bench-admin@bench.test";
/** Agency owner: the whole console, including the audit log and its export. */
export const BENCH_STAFF_OWNER = "bench-owner@bench.test";

/** Refuses to run without a PostgreSQL DATABASE_URL: the embedded database is not what we measure. */
export function requirePostgresUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      "DATABASE_URL must point at PostgreSQL (postgres://…); the embedded PGlite database is not supported for benchmarks.",
    );
    process.exit(2);
  }
  return url;
}
