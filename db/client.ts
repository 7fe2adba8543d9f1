import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { getConfig } from "@/lib/config";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or an open transaction: verbs that compose take either. */
export type Queryable = Db | Tx;

type Handle = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres" };

// One instance per process, kept on globalThis: builds and hot reload import this module
// repeatedly, and PGlite must never be opened twice on one directory.
const store = globalThis as unknown as { __switchboardDb?: Promise<Handle> };

export function getDb(): Promise<Db> {
  return getHandle().then((h) => h.db);
}

export function getHandle(): Promise<Handle> {
  store.__switchboardDb ??= openDatabase();
  return store.__switchboardDb;
}

/** Tests install their own database (a fresh PGlite copy or a fresh PostgreSQL database). */
export function installHandleForTests(handle: Handle) {
  store.__switchboardDb = Promise.resolve(handle);
}

export async function closeDb() {
  const handle = await store.__switchboardDb;
  store.__switchboardDb = undefined;
  await handle?.close();
}

async function openDatabase(): Promise<Handle> {
  const config = getConfig();
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const dir = path.join(config.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  return openPglite(dir);
}

export async function openPostgres(url: string, max = 10): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const sql = postgres(url, { max, onnotice: () => {} });
  return { db: drizzle(sql, { schema }) as unknown as Db, close: () => sql.end(), kind: "postgres" };
}

export async function openPglite(dataDirOrBlob?: string | Blob): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client =
    typeof dataDirOrBlob === "string" || dataDirOrBlob === undefined
      ? new PGlite(dataDirOrBlob)
      : new PGlite({ loadDataDir: dataDirOrBlob });
  await client.waitReady;
  return { db: drizzle(client, { schema }) as unknown as Db, close: () => client.close(), kind: "pglite" };
}
