import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { jobLeases } from "@/db/schema";
import { instanceId } from "./instance-id";

/**
 * Takes the lease of a periodic job when it is due and nobody holds it (or the holder's lease ran
 * out: a crashed instance), in one atomic upsert — so of N instances ticking, one runs it per
 * period. A row lock or an advisory lock would do for one statement, but these jobs run for
 * minutes across many transactions: a lease row survives that and expires by itself.
 */
export async function claimJob(db: Db, name: string, leaseMs: number, now = new Date()): Promise<boolean> {
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const at = now.toISOString();
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`
    insert into job_leases (name, locked_by, locked_until, next_run_at) values (${name}, ${instanceId()}, ${until}::timestamptz, ${at}::timestamptz)
    on conflict (name) do update set locked_by = excluded.locked_by, locked_until = excluded.locked_until
    where job_leases.next_run_at <= ${at}::timestamptz
      and (job_leases.locked_until is null or job_leases.locked_until <= ${at}::timestamptz)
    returning name`),
  );
  return rows.length === 1;
}

/** Ends this instance's run: the lease is free and the job is next due `everyMs` from now. */
export async function finishJob(db: Db, name: string, everyMs: number, now = new Date()) {
  await db
    .update(jobLeases)
    .set({ lockedBy: null, lockedUntil: null, nextRunAt: new Date(now.getTime() + everyMs) })
    .where(and(eq(jobLeases.name, name), eq(jobLeases.lockedBy, instanceId())));
}
