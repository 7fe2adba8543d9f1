// `npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of every list, count and aggregate query the
// portal and console run, on the bench:seed data. Exits 1 if any plan reads a large table with a
// sequential scan: at agency scale that is the query that gets slower with every call taken.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { requirePostgresUrl } from "./bench-accounts";
import { callAggregateQueries, callCountAndDetailQueries, callListQueries } from "./explain/call-queries";
import { auditQueries, authQueries, consoleQueries } from "./explain/console-queries";
import { loadContext } from "./explain/context";
import type { ExplainQuery } from "./explain/sql-builder";

const WATCHED = ["calls", "audit_events", "users", "clients"];

async function main() {
  const { values } = parseArgs({ options: { depth: { type: "string" }, "large-rows": { type: "string" }, quiet: { type: "boolean" } } });
  const depth = Number(values.depth ?? 5_000);
  const largeRows = Number(values["large-rows"] ?? 5_000);
  const sql = postgres(requirePostgresUrl(), { max: 1, onnotice: () => {} });
  try {
    const ctx = await loadContext(sql);
    const sizes = new Map((await sql<{ relname: string; reltuples: number }[]>`
      select relname, reltuples::float8 as reltuples from pg_class where relkind = 'r' and relname in ${sql(WATCHED)}`).map((r) => [r.relname, r.reltuples]));
    const large = WATCHED.filter((t) => (sizes.get(t) ?? 0) >= largeRows);
    const [call] = await sql<{ id: string }[]>`select id from calls where client_id = ${ctx.clientId} order by started_at desc offset 500 limit 1`;
    const queries: ExplainQuery[] = [
      ...authQueries(ctx),
      ...(await callListQueries(sql, ctx, depth)),
      ...callCountAndDetailQueries(ctx, call?.id ?? "00000000-0000-0000-0000-000000000000"),
      ...callAggregateQueries(ctx),
      ...consoleQueries(ctx),
      ...auditQueries(ctx),
    ];
    console.log(`Large tables (≥ ${largeRows.toLocaleString("en-US")} rows): ${large.map((t) => `${t} (${Math.round(sizes.get(t)!).toLocaleString("en-US")})`).join(", ") || "none"}\n`);
    const summary: { q: ExplainQuery; ms: number | null; seq: string[] }[] = [];
    for (const q of queries) {
      if (q.skipped) {
        summary.push({ q, ms: null, seq: [] });
        continue;
      }
      const rows = await sql.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${q.text}`, q.params as never[]);
      const plan = rows.map((r) => r["QUERY PLAN"]);
      const seq = [...new Set(plan.flatMap((line) => [...line.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1])))].filter((t) => large.includes(t));
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join("\n"))?.[1] ?? NaN);
      summary.push({ q, ms, seq });
      if (!values.quiet || seq.length > 0) {
        console.log(`── ${q.group} · ${q.name}${seq.length ? `   ✗ SEQ SCAN on ${seq.join(", ")}` : ""}`);
        console.log(plan.map((l) => `   ${l}`).join("\n"), "\n");
      }
    }
    printSummary(summary);
    const failed = summary.filter((s) => s.seq.length > 0);
    if (failed.length > 0) {
      console.error(`\n✗ ${failed.length} quer${failed.length === 1 ? "y scans" : "ies scan"} a large table sequentially.`);
      process.exitCode = 1;
    } else {
      console.log(`\n✓ ${summary.filter((s) => s.ms !== null).length} plans, none scans a large table sequentially.`);
    }
  } finally {
    await sql.end();
  }
}

function printSummary(summary: { q: ExplainQuery; ms: number | null; seq: string[] }[]) {
  console.log("| group | query | execution ms | plan |\n|---|---|---:|---|");
  for (const { q, ms, seq } of summary) {
    const verdict = q.skipped ? `skipped: ${q.skipped}` : seq.length ? `✗ seq scan on ${seq.join(", ")}` : "index";
    console.log(`| ${q.group} | ${q.name} | ${ms === null ? "—" : ms.toFixed(2)} | ${verdict} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
