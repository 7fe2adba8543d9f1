import { pageCacheStats } from "@/lib/page-cache/install-page-cache";

// The page cache's counters for `npm run bench` (hit rates), beside the in-memory baseline and,
// like it, 404 unless the server runs with BENCH_BASELINE=1.
export async function GET() {
  if (process.env.BENCH_BASELINE !== "1") return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(pageCacheStats() ?? { off: true }, { headers: { "cache-control": "no-store" } });
}
