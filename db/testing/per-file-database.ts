import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, installHandleForTests, openPglite, openPostgres } from "@/db/client";
import { resetConfigForTests } from "@/lib/config";
import { adminUrlFor, withDatabase } from "./database-urls";

/**
 * Every integration test file gets a database of its own, copied from the seeded template, so
 * files never see each other's writes and run in parallel.
 */
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  process.env.DATA_DIR = inject("dataDir");
  delete process.env.DATABASE_URL;
  resetConfigForTests();
  if (inject("dbKind") === "pglite") {
    const blob = new Blob([readFileSync(inject("templatePath"))]);
    installHandleForTests(await openPglite(blob));
    return;
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `sb_t_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgres(adminUrlFor(url), 1);
  await admin.db.execute(sql.raw(`create database ${name} template ${inject("templateDatabase")}`));
  installHandleForTests(await openPostgres(withDatabase(url, name), 5));
  dropDatabase = async () => {
    await dropWhenFree(admin.db, name);
    await admin.close();
  };
});

/**
 * `with (force)` ends the file's own leftover connections, but PostgreSQL refuses (42501) while an
 * autovacuum worker is in the database — a non-superuser may not signal it. The worker leaves within
 * moments, so the drop is tried again; a database still busy after that is only a leftover of the
 * run (CI drops the cluster's test databases), never a failure of the file's tests.
 */
async function dropWhenFree(db: Awaited<ReturnType<typeof openPostgres>>["db"], name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      return;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== "42501") throw error;
      if (attempt >= 20) {
        console.warn(`[test] ${name} is still busy with an autovacuum worker; left for the run's cleanup`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
