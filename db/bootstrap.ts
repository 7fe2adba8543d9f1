import "server-only";
import { sql } from "drizzle-orm";
import { getConfig } from "@/lib/config";
import { closeDb, getHandle } from "./client";
import { agencies } from "./schema";
import { migrateDatabase } from "./migrate";

/**
 * Runs on server start: apply migrations, and on the first start of an empty embedded database
 * load the demo data (SPEC §10) unless SEED_DEMO=false.
 */
export async function bootstrapDatabase() {
  const config = getConfig();
  const handle = await getHandle();
  await migrateDatabase(handle.db, handle.kind, config.databaseUrl);
  if (handle.kind !== "pglite" || !config.seedDemo) return;
  const [{ count }] = await handle.db.select({ count: sql<number>`count(*)::int` }).from(agencies);
  if (count > 0) return;
  const { seedDemo } = await import("./seed/seed-demo");
  await seedDemo(handle.db, { dataDir: config.dataDir, password: config.demoPassword });
}

/**
 * scripts/server.mjs calls this hook on SIGTERM once the requests in flight are done: background
 * work stops first (and hands back the jobs it claimed), so nothing reopens the database after it closed.
 */
export function closeDatabaseBeforeExit(stopBackgroundWork: () => Promise<void>) {
  (globalThis as Record<symbol, unknown>)[Symbol.for("app.before-exit")] = async () => {
    await stopBackgroundWork();
    await closeDb();
  };
}
