import "server-only";
import { z } from "zod";
import { dayParam } from "@/lib/date-params";
import { invalid } from "@/lib/errors";
import { addDays, dayKeyIn, daysBetween, startOfDayIn } from "@/lib/time-zones/zoned-day";
import { parseInput } from "@/lib/validation";

export const RANGE_PRESETS = [7, 30, 90] as const;
const MAX_DAYS = 366;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** `?days=7|30|90`, or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (the client's local days, both included). Default: 30 days. */
export const StatsRangeInput = z.object({
  days: z.preprocess(
    blank,
    z.coerce
      .number()
      .int()
      .refine((d) => (RANGE_PRESETS as readonly number[]).includes(d), "days must be 7, 30 or 90")
      .optional(),
  ),
  from: z.preprocess(blank, dayParam.optional()),
  to: z.preprocess(blank, dayParam.optional()),
});

/**
 * A span of whole local days in a time zone: `from` is the instant the first day begins,
 * `to` the instant after the last day ends. Days are calendar days, so one of them may last 23
 * or 25 hours where the zone changes its clocks.
 */
export type StatsRange = { from: Date; to: Date; days: number; firstDay: string; lastDay: string; timeZone: string };

export function rangeOfDays(firstDay: string, days: number, timeZone = "UTC"): StatsRange {
  const lastDay = addDays(firstDay, days - 1);
  return {
    from: startOfDayIn(firstDay, timeZone),
    to: startOfDayIn(addDays(lastDay, 1), timeZone),
    days,
    firstDay,
    lastDay,
    timeZone,
  };
}

/** The last `days` days up to and including today, today being the zone's. */
export function lastDays(days: number, timeZone = "UTC", now = new Date()): StatsRange {
  return rangeOfDays(addDays(dayKeyIn(now, timeZone), -(days - 1)), days, timeZone);
}

/** The span of the same length just before this one, for "change against last period". */
export function previousRange(range: StatsRange): StatsRange {
  return rangeOfDays(addDays(range.firstDay, -range.days), range.days, range.timeZone);
}

export function resolveStatsRange(raw: unknown, timeZone = "UTC", now = new Date()): StatsRange {
  const input = parseInput(StatsRangeInput, raw);
  if (!input.from && !input.to) return lastDays(input.days ?? 30, timeZone, now);
  const last = input.to ?? dayKeyIn(now, timeZone);
  const first = input.from ?? addDays(last, -29);
  const days = daysBetween(first, last) + 1;
  if (days < 1) throw invalid("from must be on or before to.");
  if (days > MAX_DAYS) throw invalid(`Choose a range of at most ${MAX_DAYS} days.`);
  return rangeOfDays(first, days, timeZone);
}

/** Every day of the range, so a chart shows quiet days as zero rather than skipping them. */
export function daysOf(range: StatsRange): string[] {
  return Array.from({ length: range.days }, (_, i) => addDays(range.firstDay, i));
}
