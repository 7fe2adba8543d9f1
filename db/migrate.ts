import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPostgres, type Db } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle migrations; the same files on PGlite and PostgreSQL. */
export async function migrateDatabase(db: Db, kind: "pglite" | "postgres", databaseUrl?: string) {
  if (kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder });
    return;
  }
  // One dedicated connection, so the advisory lock and the migration share a session:
  // two app processes starting at once must not both migrate.
  const own = await openPostgres(databaseUrl!, 1);
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  try {
    await own.db.execute(sql`select pg_advisory_lock(727274)`);
    await migrate(own.db as never, { migrationsFolder });
    await own.db.execute(sql`select pg_advisory_unlock(727274)`);
  } finally {
    await own.close();
  }
}
