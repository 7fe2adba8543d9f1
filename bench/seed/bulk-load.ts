import type { Sql } from "postgres";

type Saved = { indexes: { name: string; def: string }[]; foreignKeys: { name: string; def: string }[] };

/**
 * Runs `load` on `table` with its secondary indexes and foreign keys set aside, then puts them
 * back exactly as the migrations defined them (definitions read from the catalog, not restated
 * here). Building an index once over sorted input and validating a foreign key with one join are
 * far cheaper than maintaining nine B-trees and three RI triggers row by row. Call it inside a
 * transaction: a failure rolls the drops back too. The primary key stays (other tables may
 * reference it).
 */
export async function withIndexesSetAside<T>(
  sql: Sql,
  table: string,
  load: () => Promise<T>,
): Promise<{ result: T; rebuildSeconds: number }> {
  const saved = await save(sql, table);
  for (const fk of saved.foreignKeys) await sql`alter table ${sql(table)} drop constraint ${sql(fk.name)}`;
  for (const index of saved.indexes) await sql`drop index ${sql(index.name)}`;
  const result = await load();
  const started = Date.now();
  for (const index of saved.indexes) await sql.unsafe(index.def);
  for (const fk of saved.foreignKeys) await sql.unsafe(`alter table "${table}" add constraint "${fk.name}" ${fk.def}`);
  return { result, rebuildSeconds: (Date.now() - started) / 1000 };
}

async function save(sql: Sql, table: string): Promise<Saved> {
  const indexes = await sql<{ name: string; def: string }[]>`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public' and i.tablename = ${table}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = ${table}::regclass)`;
  const foreignKeys = await sql<{ name: string; def: string }[]>`
    select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid = ${table}::regclass and contype = 'f'`;
  return { indexes: [...indexes], foreignKeys: [...foreignKeys] };
}
