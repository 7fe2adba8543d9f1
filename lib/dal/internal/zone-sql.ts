import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { isTimeZone } from "@/lib/time-zones/time-zone-name";

/**
 * A time zone as an SQL literal. Inline rather than a bound parameter: a GROUP BY expression
 * must repeat the SELECT's exactly, and two bindings of one value are two parameters to
 * PostgreSQL. Safe because only names from the closed IANA list pass (checked again here).
 */
export function zoneLiteral(zone: string): SQL {
  if (!isTimeZone(zone)) throw new Error(`Unknown time zone ${JSON.stringify(zone)}`);
  return sql.raw(`'${zone.replace(/'/g, "''")}'`);
}

/**
 * A timestamptz as ISO 8601 on the zone's wall clock with its offset, e.g.
 * "2026-06-15T01:30:00.000+02:00" ("…Z" where the offset is zero): what a person reads in an
 * export, and still an exact instant for a program. Computed by PostgreSQL, which applies the
 * zone's rules (DST included) per row, at no per-row cost in the app.
 */
export function isoInZone(column: SQL | unknown, zone: string): SQL {
  const z = zoneLiteral(zone);
  const minutes = sql`(extract(epoch from ((${column} at time zone ${z}) - (${column} at time zone 'UTC'))) / 60)::int`;
  return sql`(to_char(${column} at time zone ${z}, 'YYYY-MM-DD"T"HH24:MI:SS.MS') || case when ${minutes} = 0 then 'Z' else
    (case when ${minutes} < 0 then '-' else '+' end) || lpad((abs(${minutes}) / 60)::text, 2, '0') || ':' || lpad((abs(${minutes}) % 60)::text, 2, '0') end)`;
}
