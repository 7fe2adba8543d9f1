import "server-only";
import { and, eq, gte, ilike, lt, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { calls } from "@/db/schema";
import { dayOrTimeParam } from "@/lib/date-params";
import { addDays, startOfDayIn } from "@/lib/time-zones/zoned-day";

export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export const CALL_STATUSES = ["completed", "missed", "voicemail", "failed"] as const;
export const REVIEW_STATUSES = ["new", "reviewed", "follow_up", "done"] as const;
export const CALL_OUTCOMES = ["booked", "message_taken", "transferred", "spam", "hung_up"] as const;
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * The filters of the call list, its export and its URL (SPEC §6). Query strings are strings, so
 * numbers are coerced; an empty field means "no filter". Unknown keys are ignored (cursor, limit…).
 */
export const CallFiltersInput = z.object({
  // A calendar day (the client's, in its time zone) or a full ISO timestamp; a bare `to` day includes the whole day.
  from: opt(dayOrTimeParam),
  to: opt(dayOrTimeParam),
  agentId: opt(z.uuid()),
  direction: opt(z.enum(CALL_DIRECTIONS)),
  status: opt(z.enum(CALL_STATUSES)),
  outcome: opt(z.enum(CALL_OUTCOMES)),
  sentiment: opt(z.enum(SENTIMENTS)),
  reviewStatus: opt(z.enum(REVIEW_STATUSES)),
  minDuration: opt(z.coerce.number().int().min(0).max(86_400)),
  maxDuration: opt(z.coerce.number().int().min(0).max(86_400)),
  q: opt(z.string().trim().max(100)),
});

export type CallFilters = z.infer<typeof CallFiltersInput>;
export const CALL_FILTER_KEYS = Object.keys(CallFiltersInput.shape) as (keyof CallFilters)[];

/** Only the filters that are set, for audit details and URLs. */
export function activeFilters(filters: CallFilters): Partial<Record<keyof CallFilters, string | number>> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""));
}

/** `\`, `%` and `_` match themselves: a search for "50%" must not become a wildcard. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A bare day is the client's local day (its time zone); a full ISO time is that instant. */
export function startOf(value: string, timeZone = "UTC"): Date {
  return DATE_ONLY.test(value) ? startOfDayIn(value, timeZone) : new Date(value);
}

/** Exclusive upper bound: a bare day means "up to the end of that (local) day". */
export function endOf(value: string, timeZone = "UTC"): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  return startOfDayIn(addDays(value, 1), timeZone);
}

/**
 * The WHERE for the filters. `searchSummary` is false for viewers without the transcript
 * capability: otherwise a search would tell them what a summary they may not read contains.
 */
export function callFiltersWhere(
  filters: CallFilters,
  opts: { searchSummary: boolean; timeZone?: string },
): SQL | undefined {
  const q = filters.q ? `%${escapeLike(filters.q)}%` : undefined;
  return and(
    filters.from ? gte(calls.startedAt, startOf(filters.from, opts.timeZone)) : undefined,
    filters.to ? lt(calls.startedAt, endOf(filters.to, opts.timeZone)) : undefined,
    filters.agentId ? eq(calls.agentId, filters.agentId) : undefined,
    filters.direction ? eq(calls.direction, filters.direction) : undefined,
    filters.status ? eq(calls.status, filters.status) : undefined,
    filters.outcome ? eq(calls.outcome, filters.outcome) : undefined,
    filters.sentiment ? eq(calls.sentiment, filters.sentiment) : undefined,
    filters.reviewStatus ? eq(calls.reviewStatus, filters.reviewStatus) : undefined,
    filters.minDuration !== undefined ? gte(calls.durationSeconds, filters.minDuration) : undefined,
    filters.maxDuration !== undefined ? lte(calls.durationSeconds, filters.maxDuration) : undefined,
    q
      ? opts.searchSummary
        ? or(ilike(calls.callerNumber, q), ilike(calls.summary, q))
        : ilike(calls.callerNumber, q)
      : undefined,
  );
}
