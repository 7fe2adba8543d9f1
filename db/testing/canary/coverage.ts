import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { AGENCY_TAGS, type AgencyTag, type TenantTag } from "./canaries";
import type { OpaqueNeedles } from "./sweep-recorder";
import { EXEMPT_COLUMNS, ownerOf, schemaTables } from "./text-columns";

export type Owners = { agencies: Map<string, AgencyTag>; clients: Map<string, TenantTag> };

/**
 * Which text columns hold a canary of each planted agency. A column that is neither canaried in
 * both agencies nor exempted (with a reason) is reported, as is a table whose rows cannot be
 * traced to a tenant, an exemption naming a column that no longer exists, and — the write side
 * of a leak — a row of one agency carrying the other's canary.
 */
export async function textColumnCoverage(owners: Owners) {
  const db = await getDb();
  const uncovered: string[] = [];
  const crossWritten: string[] = [];
  const untraceable: string[] = [];
  let cells = 0;
  let columns = 0;
  const tables = schemaTables();
  const known = new Set(tables.flatMap((t) => t.text.map((c) => `${t.name}.${c}`)));
  const staleExemptions = Object.keys(EXEMPT_COLUMNS).filter((k) => !known.has(k));
  for (const table of tables) {
    const planted = table.text.filter((c) => !EXEMPT_COLUMNS[`${table.name}.${c}`]);
    if (planted.length === 0) continue;
    const owner = ownerOf(table.name);
    if (!owner) {
      untraceable.push(table.name);
      continue;
    }
    for (const column of planted) {
      columns++;
      const value = sql`t.${sql.identifier(column)}::text`;
      for (const [agencyId, tag] of owners.agencies) {
        const other = AGENCY_TAGS.find((a) => a !== tag)!;
        const [row] = rowsOf<{ own: number; foreign: number }>(
          await db.execute(sql`
          select count(*) filter (where ${value} ilike ${`%canary-${tag}%`})::int as own,
                 count(*) filter (where ${value} ilike ${`%canary-${other}%`})::int as foreign
          from ${owner.from} where ${owner.agency} = ${agencyId}`),
        );
        cells += row.own;
        if (row.own === 0) uncovered.push(`${table.name}.${column} (agency ${tag})`);
        if (row.foreign > 0)
          crossWritten.push(
            `${table.name}.${column}: ${row.foreign} row(s) of agency ${tag} hold agency ${other}'s canaries`,
          );
      }
    }
  }
  return { uncovered, crossWritten, untraceable, staleExemptions, cells, columns };
}

/**
 * Every row id and every opaque exempt value (hashes, ciphertexts, session ids) of the planted
 * tenants, by owner: the client when the row has one, else the agency.
 */
export async function opaqueNeedles(owners: Owners): Promise<OpaqueNeedles> {
  const db = await getDb();
  const needles: OpaqueNeedles = new Map();
  const agencyIds = [...owners.agencies.keys()];
  for (const table of schemaTables()) {
    const opaque = table.text.filter((c) => EXEMPT_COLUMNS[`${table.name}.${c}`]?.opaque);
    const columns = [...(table.columns.some((c) => c.name === "id") ? ["id"] : []), ...opaque];
    const owner = ownerOf(table.name);
    if (columns.length === 0 || !owner) continue;
    for (const column of columns) {
      const rows = rowsOf<{ v: string | null; a: string; c: string | null }>(
        await db.execute(sql`
        select t.${sql.identifier(column)}::text as v, ${owner.agency}::text as a, ${owner.client ?? sql`null`}::text as c
        from ${owner.from} where ${owner.agency}::text in (${sql.join(
          agencyIds.map((id) => sql`${id}`),
          sql`, `,
        )})`),
      );
      for (const row of rows) {
        if (!row.v || row.v.length < 16) continue;
        const tag = (row.c && owners.clients.get(row.c)) || owners.agencies.get(row.a)!;
        if (!needles.has(tag)) needles.set(tag, new Set());
        needles.get(tag)!.add(row.v);
      }
    }
  }
  // A value two tenants share (the all-zero genesis hash of every chain) says nothing about either.
  const seen = new Map<string, number>();
  for (const set of needles.values()) for (const v of set) seen.set(v, (seen.get(v) ?? 0) + 1);
  for (const set of needles.values()) for (const v of set) if (seen.get(v)! > 1) set.delete(v);
  return needles;
}
