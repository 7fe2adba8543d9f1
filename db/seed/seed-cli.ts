// `npm run db:seed`: migrate the configured database (PostgreSQL when DATABASE_URL is set,
// otherwise the embedded one in DATA_DIR) and load the demo data if it isn't there yet.
import { count } from "drizzle-orm";
import { closeDb, getHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { agencies, calls, clients, users } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { appStore } from "@/lib/storage/app-store";
import { seedDemo } from "./seed-demo";

async function main() {
  const config = getConfig();
  const handle = await getHandle();
  await migrateDatabase(handle.db, handle.kind, config.databaseUrl);

  const started = Date.now();
  const before = await handle.db.select({ n: count() }).from(calls);
  await seedDemo(handle.db, { dataDir: config.dataDir, password: config.demoPassword });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const [[a], [c], [u], [k]] = await Promise.all([
    handle.db.select({ n: count() }).from(agencies),
    handle.db.select({ n: count() }).from(clients),
    handle.db.select({ n: count() }).from(users),
    handle.db.select({ n: count() }).from(calls),
  ]);
  const where = handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded database in ${config.dataDir}`;
  console.log(
    k.n === before[0].n
      ? `Demo data already present in the ${where}; nothing changed.`
      : `Seeded the ${where} in ${seconds}s.`,
  );
  console.log(
    `${a.n} agencies, ${c.n} clients, ${u.n} users, ${k.n} calls. Recordings in ${appStore().location.replace(/\/?$/, "/")}recordings.`,
  );
  console.log("Sign in as owner@acme.test (or any demo account) with the DEMO_PASSWORD (default demo-portal-2026).");
  await closeDb();
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  },
);
