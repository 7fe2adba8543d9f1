import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Queryable } from "@/db/client";
import { agencies } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { seedRecordingPool } from "@/lib/recordings/seed-recording-pool";
import { appStore } from "@/lib/storage/app-store";
import { DEMO_AGENCIES } from "./demo-agencies";
import { seedAgency } from "./seed-agency";
import { seedDemoProviders } from "./seed-demo-providers";
import { phoneNumberSequence, type SeedContext } from "./seed-context";

// Any constant works; it only has to differ from the migration lock in db/migrate.ts.
const SEED_LOCK = 727275;

export type SeedDemoOptions = { dataDir: string; password: string; now?: Date };

/**
 * Loads the demo data of SPEC §10 in one transaction. Does nothing when agency "acme" already
 * exists, so it is safe to run on every start. Everything except ids and audit timestamps is a
 * function of `now`'s UTC day: two runs on the same day produce the same data.
 */
export async function seedDemo(db: Db, opts: SeedDemoOptions): Promise<void> {
  if (await demoExists(db)) return;
  const now = opts.now ?? new Date();
  const ctx: SeedContext = {
    dayStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
    passwordHash: await hashPassword(opts.password),
    nextPhoneNumber: phoneNumberSequence(),
  };
  await seedRecordingPool(appStore(opts.dataDir));
  await db.transaction(async (tx) => {
    // Two processes starting together on one empty database: the second waits here, then sees
    // the first one's data and leaves it alone instead of failing on the unique slug.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await demoExists(tx)) return;
    for (const agency of DEMO_AGENCIES) await seedAgency(tx, ctx, agency);
    await seedDemoProviders(tx);
  });
}

async function demoExists(db: Queryable): Promise<boolean> {
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(sql`lower(${agencies.slug}) = 'acme'`)
    .limit(1);
  return rows.length > 0;
}
