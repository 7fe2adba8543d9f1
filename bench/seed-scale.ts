// `npm run bench:seed`: a large agency for the benchmarks (PostgreSQL only). See bench/seed/options.ts.
import postgres, { type Sql } from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { createRandom } from "@/db/seed/random";
import { auditHmacKey, auditPublicKeyOf, auditSigningKey } from "@/lib/audit/audit-keys";
import { defaultCheckpointStore } from "@/lib/audit/checkpoint-store";
import { signCheckpoint } from "@/lib/audit/signed-checkpoint";
import {
  BENCH_AGENCY_SLUG,
  BENCH_CLIENT_ADMIN,
  BENCH_PASSWORD,
  BENCH_STAFF_OWNER,
  requirePostgresUrl,
} from "./bench-accounts";
import { withIndexesSetAside } from "./seed/bulk-load";
import { copyRows } from "./seed/copy-rows";
import { ensureDatabase } from "./seed/ensure-database";
import { AUDIT_COLUMNS, generateAudit, type ChainEnd } from "./seed/generate-audit";
import { CALL_COLUMNS, generateCalls } from "./seed/generate-calls";
import { parseSeedOptions } from "./seed/options";
import { progressBar } from "./seed/progress";
import { seedTenants } from "./seed/seed-tenants";

const DAY_MS = 86_400_000;

async function main() {
  const opts = parseSeedOptions(process.argv.slice(2));
  const url = requirePostgresUrl();
  if (await ensureDatabase(url)) console.log(`Created database "${new URL(url).pathname.slice(1)}".`);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const timings: [string, number][] = [];
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    timings.push([label, (Date.now() - started) / 1000]);
    return result;
  };
  try {
    if (opts.reset) await timed("reset", () => resetDatabase(sql));
    await timed("migrate", () => migrateDatabase(undefined as never, "postgres", url));
    const [existing] = await sql`select 1 from agencies where lower(slug) = ${BENCH_AGENCY_SLUG}`;
    if (existing)
      throw new Error(`Agency "${BENCH_AGENCY_SLUG}" already exists in this database: run with --reset to start over.`);
    // Session settings only: index builds get memory, and a lost commit only means seeding again.
    await sql`set maintenance_work_mem = '512MB'`;
    await sql`set synchronous_commit = off`;

    const now = new Date();
    const model = await timed("tenants", () => sql.begin((tx) => seedTenants(tx as unknown as Sql, opts, now)));

    const callsBar = progressBar("calls", opts.calls);
    const calls = await timed("calls", () =>
      sql.begin((tx) =>
        withIndexesSetAside(tx as unknown as Sql, "calls", async () => {
          // The hourly rollup's row triggers would upsert once per call: set aside, recomputed in one pass.
          await tx`alter table calls disable trigger user`;
          const n = await copyRows(
            tx as unknown as Sql,
            "calls",
            CALL_COLUMNS,
            generateCalls(createRandom(7), model, opts.calls, opts.days, now),
            (d) => callsBar.tick(d),
          );
          callsBar.done(n);
          process.stderr.write("calls: hourly rollup, indexes and foreign keys…\n");
          await tx`select call_hourly_stats_rebuild()`;
          await tx`alter table calls enable trigger user`;
          return n;
        }),
      ),
    );
    timings.push(["  of which index rebuild", calls.rebuildSeconds]);

    const auditBar = progressBar("audit events", opts.audit);
    const end: ChainEnd = { lastSeq: 0, lastHash: "" };
    // Inside the default 365-day audit retention, so a retention purge does not trim the data at once.
    const from = new Date(now.getTime() - Math.max(1, opts.days - 2) * DAY_MS);
    const audit = await timed("audit events", () =>
      sql.begin((tx) =>
        withIndexesSetAside(tx as unknown as Sql, "audit_events", async () => {
          // The server's own key (AUDIT_HMAC_KEY, or DATA_DIR's): run the benchmark server with the same environment.
          const rows = generateAudit(
            createRandom(11),
            model,
            opts.audit,
            from,
            new Date(now.getTime() - 3_600_000),
            end,
            auditHmacKey()!,
          );
          const n = await copyRows(tx as unknown as Sql, "audit_events", AUDIT_COLUMNS, rows, (d) => auditBar.tick(d));
          auditBar.done(n);
          if (n > 0) {
            await tx`insert into audit_heads (agency_id, last_seq, last_hash) values (${model.agencyId}, ${end.lastSeq}, ${end.lastHash})`;
          }
          process.stderr.write("audit events: rebuilding indexes and foreign keys…\n");
          return n;
        }),
      ),
    );
    timings.push(["  of which index rebuild", audit.rebuildSeconds]);
    if (end.lastSeq > 0) {
      // The seeded head, signed as the server would: otherwise the server's first checkpoint round
      // re-verifies millions of events in the middle of a benchmark. Nothing to verify: we wrote them.
      const key = auditSigningKey()!;
      await defaultCheckpointStore().put(
        signCheckpoint(key, auditPublicKeyOf(key), { agencyId: model.agencyId, seq: end.lastSeq, hash: end.lastHash }),
      );
    }

    // Planner statistics, and the visibility map that lets counts use index-only scans.
    await timed("vacuum analyze", () => sql`vacuum (analyze)`.then(() => undefined));

    const bench = model.clients[0];
    console.log(
      `\nSeeded agency "${BENCH_AGENCY_SLUG}": ${model.clients.length.toLocaleString("en-US")} clients, ` +
        `${model.clients.reduce((n, c) => n + c.users.length, 0).toLocaleString("en-US")} client users, ${model.staff.length} staff, ` +
        `${calls.result.toLocaleString("en-US")} calls over ${opts.days} days, ${audit.result.toLocaleString("en-US")} audit events.`,
    );
    console.log(
      `Bench client "${bench.name}": ${bench.callCount.toLocaleString("en-US")} calls, ${bench.agents.length} agents, ${bench.users.length} users.`,
    );
    console.log(`Portal: ${BENCH_CLIENT_ADMIN} · console: ${BENCH_STAFF_OWNER} · password ${BENCH_PASSWORD}\n`);
    const total = timings.filter(([l]) => !l.startsWith(" ")).reduce((s, [, t]) => s + t, 0);
    for (const [label, seconds] of [...timings, ["total", total] as [string, number]])
      console.log(`${label.padEnd(26)} ${seconds.toFixed(1).padStart(7)} s`);
    if (calls.result > 0) {
      const callSeconds = timings.find(([l]) => l === "calls")![1];
      console.log(
        `calls: ${Math.round(calls.result / callSeconds).toLocaleString("en-US")} rows/s including index rebuild`,
      );
    }
  } finally {
    await sql.end();
  }
}

/** Drops every table (and drizzle's migration journal) of this database: it is a benchmark database. */
async function resetDatabase(sql: Sql) {
  await sql`drop schema if exists drizzle cascade`;
  await sql`drop schema public cascade`;
  await sql`create schema public`;
  // A recreated schema has no grants: without PostgreSQL's default USAGE for everyone, the tenant role
  // that row-level security switches to finds no table at all ("relation … does not exist").
  await sql`grant usage on schema public to public`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
