import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { resetConfigForTests } from "@/lib/config";
import { adminUrlFor, withDatabase } from "./database-urls";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgres";
    dataDir: string;
    templatePath: string;
    templateDatabase: string;
  }
}

export const TEST_PASSWORD = "demo-portal-2026";

/**
 * Builds one migrated, seeded template per run; every test file then starts from its own copy
 * (PGlite: loadDataDir of a dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const kind = process.env.DB_KIND === "postgres" ? "postgres" : "pglite";
  const dataDir = mkdtempSync(path.join(tmpdir(), `switchboard-it-${kind}-`));
  project.provide("dbKind", kind);
  project.provide("dataDir", dataDir);
  // The seed MACs its audit events with the key in DATA_DIR: the one every test file then reads.
  process.env.DATA_DIR = dataDir;
  resetConfigForTests();
  let templateDatabase = "";
  let templatePath = "";
  if (kind === "pglite") {
    const handle = await openPglite();
    await migrateDatabase(handle.db, "pglite");
    await seedDemo(handle.db, { dataDir, password: TEST_PASSWORD });
    const client = (handle.db as unknown as { $client: { dumpDataDir: (c: "gzip") => Promise<Blob> } }).$client;
    templatePath = path.join(dataDir, "template.tgz");
    writeFileSync(templatePath, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
    await handle.close();
  } else {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("DB_KIND=postgres needs TEST_DATABASE_URL");
    templateDatabase = `sb_tpl_${process.pid}`;
    const admin = await openPostgres(adminUrlFor(url), 1);
    await admin.db.execute(sql.raw(`drop database if exists ${templateDatabase}`));
    await admin.db.execute(sql.raw(`create database ${templateDatabase}`));
    const tplUrl = withDatabase(url, templateDatabase);
    const handle = await openPostgres(tplUrl, 2);
    await migrateDatabase(handle.db, "postgres", tplUrl);
    await seedDemo(handle.db, { dataDir, password: TEST_PASSWORD });
    await handle.close();
    await admin.close();
  }
  project.provide("templatePath", templatePath);
  project.provide("templateDatabase", templateDatabase);
  return async () => {
    if (kind === "postgres") {
      const admin = await openPostgres(adminUrlFor(process.env.TEST_DATABASE_URL!), 1);
      await admin.db.execute(sql.raw(`drop database if exists ${templateDatabase}`));
      await admin.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
