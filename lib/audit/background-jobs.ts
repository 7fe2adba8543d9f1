import "server-only";
import { getDb } from "@/db/client";
import { deliverOutbox } from "./deliver-outbox";
import { purgeExpiredAuditEvents } from "./purge-expired";
import { signCheckpoints } from "./sign-checkpoints";

const DELIVERY_EVERY_MS = 5_000;
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;
// How much history a database owner could rewrite (re-hashed, MACs dropped) before an outside
// copy pins it: the chain since the newest signed checkpoint.
const CHECKPOINT_EVERY_MS = 10 * 60 * 1000;
const MAX_ROUNDS = 10;

const state = globalThis as unknown as { __auditJobs?: boolean; __auditJobTimers?: NodeJS.Timeout[] };

/**
 * Started once per server process: SIEM delivery every few seconds (an indexed "anything due?"
 * query when idle), a signed checkpoint of each agency's chain head every ten minutes when it
 * moved (lib/audit/sign-checkpoints.ts) and the retention purge every six hours. A round never
 * overlaps the previous one in this process; FOR UPDATE SKIP LOCKED keeps several processes apart.
 */
export function startAuditJobs() {
  if (state.__auditJobs) return;
  state.__auditJobs = true;
  every(DELIVERY_EVERY_MS, async () => {
    const db = await getDb();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { claimed } = await deliverOutbox(db);
      if (claimed < 200) break;
    }
  }, "audit delivery");
  every(CHECKPOINT_EVERY_MS, async () => {
    for (const r of await signCheckpoints(await getDb())) {
      if (r.status === "refused") console.error(`[audit checkpoints] ${r.slug}: not signed, chain broken at seq ${r.seq}: ${r.reason}`);
    }
  }, "audit checkpoints", 30_000);
  every(PURGE_EVERY_MS, async () => {
    await purgeExpiredAuditEvents(await getDb());
  }, "audit retention purge", 60_000);
}

/** Shutdown: no new round starts once the database is about to close. */
export function stopAuditJobs() {
  for (const timer of state.__auditJobTimers ?? []) clearTimeout(timer);
  state.__auditJobTimers = [];
}

function every(ms: number, work: () => Promise<void>, name: string, firstAfterMs = ms) {
  const timers = (state.__auditJobTimers ??= []);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      console.error(`[${name}] failed`, error);
    } finally {
      running = false;
    }
  };
  timers.push(setTimeout(() => {
    void tick();
    timers.push(setInterval(() => void tick(), ms).unref());
  }, firstAfterMs).unref());
}
