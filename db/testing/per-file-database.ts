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
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  };
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
