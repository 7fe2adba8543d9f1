import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getHandle } from "./client";
import { rowsOf } from "./rows";

/**
 * The database is reachable and every committed migration is applied: the newest migration the
 * journal lists is recorded in drizzle's own table (an instance of a newer build that started
 * before its migrations ran, or a database another build migrated back, is not ready).
 */
export async function checkDatabaseReady(): Promise<void> {
  const { db } = await getHandle();
  const journal = JSON.parse(
    readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8"),
  ) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const [row] = rowsOf<{ applied: string | number | null }>(
    await db.execute(sql`select max(created_at) as applied from drizzle.__drizzle_migrations`),
  );
  if (Number(row?.applied ?? 0) < newest) throw new Error("migrations pending");
}
