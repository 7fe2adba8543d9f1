// `npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of every list, count and aggregate query the
// portal and console run, on the bench:seed data. Exits 1 if any plan reads a large table with a
// sequential scan — at agency scale that is the query that gets slower with every call taken — or
// if a keyset page is sorted instead of read off an index in order (then a page costs the whole
// matching set, not 25 rows, and a deep page is no longer as cheap as the first).
import { parseArgs } from "node:util";
import postgres from "postgres";
import { requirePostgresUrl } from "./bench-accounts";
import { callAggregateQueries, callCountAndDetailQueries, callListQueries } from "./explain/call-queries";
import { auditQueries, authQueries, consoleQueries } from "./explain/console-queries";
import { loadContext } from "./explain/context";
import type { ExplainQuery } from "./explain/sql-builder";

const WATCHED = ["calls", "call_hourly_stats", "audit_events", "users", "clients"];

async function main() {
  const { values } = parseArgs({
    options: {
      depth: { type: "string" },
      "large-rows": { type: "string" },
      "slow-ms": { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  const depth = Number(values.depth ?? 5_000);
  slowMs = Number(values["slow-ms"] ?? 100);
  const largeRows = Number(values["large-rows"] ?? 5_000);
  const sql = postgres(requirePostgresUrl(), { max: 1, onnotice: () => {} });
  try {
    const ctx = await loadContext(sql);
    const sizes = new Map(
      (
        await sql<{ relname: string; reltuples: number }[]>`
      select relname, reltuples::float8 as reltuples from pg_class where relkind = 'r' and relname in ${sql(WATCHED)}`
      ).map((r) => [r.relname, r.reltuples]),
    );
    const large = WATCHED.filter((t) => (sizes.get(t) ?? 0) >= largeRows);
    const [call] = await sql<
      { id: string }[]
    >`select id from calls where client_id = ${ctx.clientId} order by started_at desc offset 500 limit 1`;
    const queries: ExplainQuery[] = [
      ...authQueries(ctx),
      ...(await callListQueries(sql, ctx, depth)),
      ...callCountAndDetailQueries(ctx, call?.id ?? "00000000-0000-0000-0000-000000000000"),
      ...callAggregateQueries(ctx),
      ...consoleQueries(ctx),
      ...auditQueries(ctx),
    ];
    console.log(
      `Large tables (≥ ${largeRows.toLocaleString("en-US")} rows): ${large.map((t) => `${t} (${Math.round(sizes.get(t)!).toLocaleString("en-US")})`).join(", ") || "none"}\n`,
    );
    const summary: Outcome[] = [];
    for (const q of queries) {
      if (q.skipped) {
        summary.push({ q, ms: null, seq: [], sorts: false });
        continue;
      }
      const rows = await sql.unsafe<{ "QUERY PLAN": string }[]>(
        `explain (analyze, buffers) ${q.text}`,
        q.params as never[],
      );
      const plan = rows.map((r) => r["QUERY PLAN"]);
      const seq = [
        ...new Set(plan.flatMap((line) => [...line.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))),
      ].filter((t) => large.includes(t));
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join("\n"))?.[1] ?? NaN);
      const sorts = Boolean(q.keyset) && plan.some((line) => /^\s*(->\s+)?(Incremental )?Sort\s+\(/.test(line));
      const outcome = { q, ms, seq, sorts };
      summary.push(outcome);
      if (!values.quiet || failed(outcome)) {
        // Plans contain "%" (LIKE patterns): never let console.log read them as format strings.
        process.stdout.write(
          `── ${q.group} · ${q.name}   ${verdict(outcome)}\n${plan.map((l) => `   ${l}`).join("\n")}\n\n`,
        );
      }
    }
    printSummary(summary);
    const failures = summary.filter(failed);
    if (failures.length > 0) {
      console.error(
        `\n✗ ${failures.length} of ${summary.length} plans scan a large table sequentially or sort a keyset page.`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `\n✓ ${summary.filter((s) => s.ms !== null).length} plans: no sequential scan of a large table, every keyset page in index order.`,
      );
    }
  } finally {
    await sql.end();
  }
}

type Outcome = { q: ExplainQuery; ms: number | null; seq: string[]; sorts: boolean };

/** Flagged, not failed: a slow plan may be right (an aggregate over 30,000 calls); the reader decides. */
let slowMs = 100;

const failed = (o: Outcome) => o.seq.length > 0 || o.sorts;

function verdict(o: Outcome): string {
  if (o.q.skipped) return `skipped: ${o.q.skipped}`;
  const problems = [
    o.seq.length ? `✗ seq scan on ${o.seq.join(", ")}` : "",
    o.sorts ? "✗ keyset page sorted" : "",
  ].filter(Boolean);
  const slow = o.ms !== null && o.ms >= slowMs ? ` · ⚠ ≥ ${slowMs} ms` : "";
  return (problems.length ? problems.join(", ") : o.q.keyset ? "✓ index, in order" : "✓ index") + slow;
}

function printSummary(summary: Outcome[]) {
  console.log("| group | query | execution ms | plan |\n|---|---|---:|---|");
  for (const o of summary)
    console.log(`| ${o.q.group} | ${o.q.name} | ${o.ms === null ? "—" : o.ms.toFixed(2)} | ${verdict(o)} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
