import { checkDatabaseReady } from "@/db/readiness";
import { isDraining, readinessChecks } from "@/lib/health/readiness-checks";

export const dynamic = "force-dynamic";

const CHECK_TIMEOUT_MS = 3_000;

/**
 * Readiness for load balancers: 200 when the database answers with every migration applied and
 * each registered dependency (the object store, when configured) answers; else 503 naming which
 * check failed — never why (no host names, no driver messages). While the instance drains after
 * SIGTERM it answers 503, so the balancer stops sending it new requests.
 */
export async function GET() {
  const checks: [string, () => Promise<void>][] = [["database", checkDatabaseReady], ...readinessChecks()];
  const results = await Promise.all(
    checks.map(
      async ([name, check]) =>
        [
          name,
          await withTimeout(check()).then(
            () => "ok",
            () => "failed",
          ),
        ] as const,
    ),
  );
  const body = { status: "ready", checks: Object.fromEntries(results) as Record<string, string> };
  if (isDraining()) body.status = "draining";
  else if (results.some(([, state]) => state !== "ok")) body.status = "unavailable";
  return Response.json(body, { status: body.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

function withTimeout(work: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), CHECK_TIMEOUT_MS);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
