import "server-only";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";

// PostgreSQL caps a statement at 65,535 bound parameters; 500 rows of any seeded table stays
// well below it while keeping the number of round trips small.
const BATCH_SIZE = 500;

export async function insertInBatches<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await tx.insert(table).values(rows.slice(i, i + BATCH_SIZE));
  }
}
