import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditEvents } from "@/db/schema";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { dayOrTimeParam } from "@/lib/date-params";

// "2026-05-01" means that whole UTC day: from its start, to the end of it.
const dayOrInstant = z.string().trim().pipe(dayOrTimeParam);
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The console's and the API's filters; query strings arrive as strings, empty means absent. */
export const AuditFilters = z.object({
  action: z.enum(AUDIT_ACTIONS, { message: "is not a known audit action" }).optional(),
  actor: z.string().trim().toLowerCase().max(320).optional(),
  clientId: z.uuid({ message: "must be a client id" }).optional(),
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
});

export type AuditFilterValues = z.infer<typeof AuditFilters>;

/** Drops empty query-string values so "?action=" means "any action", not an invalid one. */
export function withoutBlanks(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "" && v !== undefined && v !== null));
}

/**
 * Tenant first, then each filter on a column the indexes of db/schema/audit.ts lead with after
 * agency_id (action, client, lower(actor_email), occurred_at), so every combination stays an
 * index range walked in seq order.
 */
export function auditFiltersWhere(agencyId: string, f: AuditFilterValues): SQL {
  return and(
    eq(auditEvents.agencyId, agencyId),
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.actor ? sql`lower(${auditEvents.actorEmail}) = ${f.actor}` : undefined,
    f.clientId ? eq(auditEvents.clientId, f.clientId) : undefined,
    f.from ? gte(auditEvents.occurredAt, startOf(f.from)) : undefined,
    f.to ? lt(auditEvents.occurredAt, endOf(f.to)) : undefined,
  )!;
}

function startOf(value: string): Date {
  return new Date(isDay(value) ? `${value}T00:00:00.000Z` : value);
}

function endOf(value: string): Date {
  if (!isDay(value)) return new Date(Date.parse(value) + 1);
  return new Date(Date.parse(`${value}T00:00:00.000Z`) + 24 * 60 * 60 * 1000);
}

/** The filters that were set, for an export's audit record and its file name. */
export function activeFilters(f: AuditFilterValues): Partial<AuditFilterValues> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}
