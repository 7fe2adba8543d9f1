import "server-only";
import { z } from "zod";
import { dayParam } from "@/lib/date-params";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

const DAY_MS = 86_400_000;
export const RANGE_PRESETS = [7, 30, 90] as const;
const MAX_DAYS = 366;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** `?days=7|30|90`, or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (UTC days, both included). Default: 30 days. */
export const StatsRangeInput = z.object({
  days: z.preprocess(blank, z.coerce.number().int().refine((d) => (RANGE_PRESETS as readonly number[]).includes(d), "days must be 7, 30 or 90").optional()),
  from: z.preprocess(blank, dayParam.optional()),
  to: z.preprocess(blank, dayParam.optional()),
});

/** A span of whole UTC days: `from` inclusive, `to` exclusive (midnight after the last day). */
export type StatsRange = { from: Date; to: Date; days: number; firstDay: string; lastDay: string };

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

export function rangeOfDays(from: Date, days: number): StatsRange {
  const start = startOfUtcDay(from);
  const to = new Date(start.getTime() + days * DAY_MS);
  return { from: start, to, days, firstDay: dayKey(start), lastDay: dayKey(new Date(to.getTime() - DAY_MS)) };
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, now = new Date()): StatsRange {
  return rangeOfDays(new Date(startOfUtcDay(now).getTime() - (days - 1) * DAY_MS), days);
}

/** The span of the same length just before this one, for "change against last period". */
export function previousRange(range: StatsRange): StatsRange {
  return rangeOfDays(new Date(range.from.getTime() - range.days * DAY_MS), range.days);
}

export function resolveStatsRange(raw: unknown, now = new Date()): StatsRange {
  const input = parseInput(StatsRangeInput, raw);
  if (!input.from && !input.to) return lastDays(input.days ?? 30, now);
  const last = input.to ? new Date(`${input.to}T00:00:00.000Z`) : startOfUtcDay(now);
  const first = input.from ? new Date(`${input.from}T00:00:00.000Z`) : new Date(last.getTime() - 29 * DAY_MS);
  const days = Math.round((last.getTime() - first.getTime()) / DAY_MS) + 1;
  if (days < 1) throw invalid("from must be on or before to.");
  if (days > MAX_DAYS) throw invalid(`Choose a range of at most ${MAX_DAYS} days.`);
  return rangeOfDays(first, days);
}

/** Every day of the range, so a chart shows quiet days as zero rather than skipping them. */
export function daysOf(range: StatsRange): string[] {
  return Array.from({ length: range.days }, (_, i) => dayKey(new Date(range.from.getTime() + i * DAY_MS)));
}
