import "server-only";
import { getDb } from "@/db/client";
import { deliverOutbox } from "@/lib/audit/deliver-outbox";
import { purgeExpiredAuditEvents } from "@/lib/audit/purge-expired";
import { signCheckpoints } from "@/lib/audit/sign-checkpoints";
import { getConfig } from "@/lib/config";
import { sweepExpiredRateLimits } from "@/lib/rate-limit/sweep-expired";
import { issueMonthlyInvoices } from "./issue-monthly-invoices";
import { claimJob, finishJob } from "./job-lease";
import { releaseClaims } from "./release-claims";
import { deliverWebhookOutbox } from "./webhooks/deliver-webhook-outbox";
import { fetchRecordings } from "./ingest/fetch-recordings";
import { processProviderEvents } from "./ingest/process-provider-events";
import { reconcileProviderCalls } from "./ingest/reconcile-provider-calls";

const DELIVERY_EVERY_MS = 5_000;
// Provider events become calls within a couple of seconds of arriving (the live portal shows them).
const INGEST_EVERY_MS = 2_000;
const RECORDINGS_EVERY_MS = 10_000;
// Provider call lists are read every few minutes: what a missed webhook loses comes back then.
const RECONCILE_EVERY_MS = 5 * 60 * 1000;
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;
// How much history a database owner could rewrite (re-hashed, MACs dropped) before an outside
// copy pins it: the chain since the newest signed checkpoint.
const CHECKPOINT_EVERY_MS = 10 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
// Hourly: a month closes at a different hour in each client's time zone; issuing is idempotent.
const INVOICES_EVERY_MS = 60 * 60 * 1000;
// How often an instance asks whether a periodic job is due; the lease row decides who runs it.
const PERIODIC_TICK_MS = 60_000;
const MAX_ROUNDS = 10;
// On shutdown, rounds in flight get this long to finish before their claims are handed back.
const DRAIN_MS = 5_000;

type State = { started?: boolean; timers: NodeJS.Timeout[]; running: Set<Promise<void>> };
const state = ((globalThis as unknown as { __backgroundJobs?: State }).__backgroundJobs ??= {
  timers: [],
  running: new Set(),
});

/**
 * Started once per server process; every instance runs the same loops and the database decides
 * who does what (SPEC §14): the SIEM outbox and the client-webhook outbox every few seconds, each
 * row claimed by one instance with FOR UPDATE SKIP LOCKED under a lease; the signed checkpoints
 * (every ten minutes), the retention purge (every six hours), the sweep of expired rate-limit
 * counters and the monthly invoices (checked hourly) run under a job lease (lib/jobs/job-lease.ts),
 * so the fleet runs each once per period.
 * A round never overlaps the previous one in this process.
 */
export function startBackgroundJobs() {
  if (state.started) return;
  state.started = true;
  every(DELIVERY_EVERY_MS, "audit delivery", async (db) => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { claimed } = await deliverOutbox(db);
      if (claimed < 200) break;
    }
  });
  every(DELIVERY_EVERY_MS, "webhook delivery", async (db) => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { claimed } = await deliverWebhookOutbox(db);
      if (claimed === 0) break;
    }
  });
  every(INGEST_EVERY_MS, "provider events", async (db) => {
    for (let round = 0; round < MAX_ROUNDS * 5; round++) {
      const { claimed } = await processProviderEvents(db);
      if (claimed === 0) break;
    }
  });
  every(RECORDINGS_EVERY_MS, "recording copies", async (db) => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { claimed } = await fetchRecordings(db);
      if (claimed === 0) break;
    }
  });
  periodic("provider-reconciliation", RECONCILE_EVERY_MS, 45_000, async (db) => {
    for (const r of await reconcileProviderCalls(db))
      if (r.error) console.error(`[reconciliation] connection ${r.connectionId}: ${r.error}`);
  });
  periodic("audit-checkpoints", CHECKPOINT_EVERY_MS, 30_000, async (db) => {
    for (const r of await signCheckpoints(db)) {
      if (r.status === "refused")
        console.error(`[audit checkpoints] ${r.slug}: not signed, chain broken at seq ${r.seq}: ${r.reason}`);
    }
  });
  periodic("audit-retention-purge", PURGE_EVERY_MS, 60_000, async (db) => {
    await purgeExpiredAuditEvents(db);
  });
  periodic("rate-limit-sweep", SWEEP_EVERY_MS, 90_000, async (db) => {
    await sweepExpiredRateLimits(db);
  });
  periodic("monthly-invoices", INVOICES_EVERY_MS, 120_000, async (db) => {
    await issueMonthlyInvoices(db);
  });
}

/**
 * Shutdown (SIGTERM): no new round starts, the rounds in flight get a few seconds, and whatever
 * this instance still holds is handed back for another instance to take at once.
 */
export async function stopBackgroundJobs() {
  for (const timer of state.timers) clearTimeout(timer);
  state.timers = [];
  if (!state.started) return;
  await Promise.race([
    Promise.allSettled([...state.running]),
    new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
  ]);
  await releaseClaims(await getDb()).catch((error) =>
    console.error("[background jobs] releasing claims failed", error),
  );
}

/** A job of the fleet: run by the instance that takes its lease when it is due. */
function periodic(
  name: string,
  everyMs: number,
  firstAfterMs: number,
  work: (db: Awaited<ReturnType<typeof getDb>>) => Promise<void>,
) {
  every(
    Math.min(everyMs, PERIODIC_TICK_MS),
    name,
    async (db) => {
      if (!(await claimJob(db, name, Math.max(getConfig().workerLeaseMs, 10 * 60 * 1000)))) return;
      try {
        await work(db);
      } finally {
        await finishJob(db, name, everyMs);
      }
    },
    firstAfterMs,
  );
}

function every(
  ms: number,
  name: string,
  work: (db: Awaited<ReturnType<typeof getDb>>) => Promise<void>,
  firstAfterMs = ms,
) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const round = (async () => {
      try {
        await work(await getDb());
      } catch (error) {
        console.error(`[${name}] failed`, error);
      }
    })();
    state.running.add(round);
    await round;
    state.running.delete(round);
    running = false;
  };
  state.timers.push(
    setTimeout(() => {
      void tick();
      state.timers.push(setInterval(() => void tick(), ms).unref());
    }, firstAfterMs).unref(),
  );
}
