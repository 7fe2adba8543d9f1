import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { parse, type Filter } from "scim2-parse-filter";
import { ScimError } from "./scim-error";

/** How one filterable attribute reads in SQL: its expression, and whether it compares case-insensitively. */
export type AttributeColumn = { expr: SQL; caseInsensitive: boolean; kind?: "boolean" | "text" };
export type AttributeResolver = (path: string, valueFilterOf?: string) => AttributeColumn | "members" | null;

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:";
const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:user:";
const CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:group:";

/** Attribute names are case-insensitive (RFC 7643 §2.1); schema URN prefixes of the core schema are dropped. */
export function normalisePath(path: string): string {
  const lower = path.toLowerCase();
  for (const prefix of [CORE_USER, CORE_GROUP]) if (lower.startsWith(prefix)) return lower.slice(prefix.length);
  if (lower.startsWith(ENTERPRISE)) return `enterprise:${lower.slice(ENTERPRISE.length)}`;
  return lower;
}

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) → a WHERE clause, so the database filters with its indexes and
 * the page stays keyset-ordered. The grammar is parsed by scim2-parse-filter; an attribute the
 * resolver does not know, or an operator that does not fit it, is 400 invalidFilter.
 */
export function filterToSql(filter: string, resolve: AttributeResolver): SQL {
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    throw new ScimError(400, "The filter is not valid SCIM filter syntax.", "invalidFilter");
  }
  return translate(ast, resolve, undefined);
}

function translate(f: Filter, resolve: AttributeResolver, parent: string | undefined): SQL {
  switch (f.op) {
    case "and":
    case "or": {
      const parts = (f as { filters: Filter[] }).filters.map((p) => translate(p, resolve, parent));
      return sql`(${sql.join(parts, f.op === "and" ? sql` and ` : sql` or `)})`;
    }
    case "not":
      return sql`not (${translate((f as { filter: Filter }).filter, resolve, parent)})`;
    case "[]": {
      const vp = f as { attrPath: string; valFilter: Filter };
      // emails[type eq "work"]: the one stored email is the work address; other types match nothing.
      return translate(vp.valFilter, resolve, normalisePath(vp.attrPath));
    }
    default:
      return compare(f as { op: string; attrPath: string; compValue?: unknown }, resolve, parent);
  }
}

function compare(
  f: { op: string; attrPath: string; compValue?: unknown },
  resolve: AttributeResolver,
  parent?: string,
) {
  const path = parent ? `${parent}.${normalisePath(f.attrPath)}` : normalisePath(f.attrPath);
  const column = resolve(path);
  if (column === null) throw new ScimError(400, `Filtering on "${f.attrPath}" is not supported.`, "invalidFilter");
  if (column === "members") throw new ScimError(400, `Filtering on "${f.attrPath}" is not supported.`, "invalidFilter");
  const { expr } = column;
  if (f.op === "pr") return sql`(${expr} is not null and ${expr}::text <> '')`;
  const value = f.compValue;
  if (column.kind === "boolean") {
    const wanted = typeof value === "string" ? value.toLowerCase() === "true" : value === true;
    if (f.op === "eq") return sql`${expr} = ${wanted}`;
    if (f.op === "ne") return sql`${expr} <> ${wanted}`;
    throw new ScimError(400, `"${f.op}" does not apply to a boolean.`, "invalidFilter");
  }
  if (value === null) return f.op === "ne" ? sql`${expr} is not null` : sql`${expr} is null`;
  const text = String(value);
  const left = column.caseInsensitive ? sql`lower(${expr})` : expr;
  const right = column.caseInsensitive ? text.toLowerCase() : text;
  const like = (pattern: string) =>
    column.caseInsensitive ? sql`${expr} ilike ${pattern} escape '\\'` : sql`${expr} like ${pattern} escape '\\'`;
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  switch (f.op) {
    case "eq":
      return sql`${left} = ${right}`;
    case "ne":
      return sql`${left} is distinct from ${right}`;
    case "co":
      return like(`%${escaped}%`);
    case "sw":
      return like(`${escaped}%`);
    case "ew":
      return like(`%${escaped}`);
    case "gt":
      return sql`${left} > ${right}`;
    case "ge":
      return sql`${left} >= ${right}`;
    case "lt":
      return sql`${left} < ${right}`;
    case "le":
      return sql`${left} <= ${right}`;
    default:
      throw new ScimError(400, `Unknown operator "${f.op}".`, "invalidFilter");
  }
}
