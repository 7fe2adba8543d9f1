// Day boundaries in a named time zone, by Intl's IANA database. Hand-written rather than a
// dependency: the app needs two operations (the local day of an instant, and the instant a
// local day starts), and Intl already carries the zone rules; days themselves stay plain
// "YYYY-MM-DD" keys whose arithmetic is calendar arithmetic, independent of any zone.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `instant` in the zone, read as if it were UTC (so its getUTC* are local). */
function wallClock(instant: number, timeZone: string): number {
  const p = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((x) => [x.type, x.value]),
  );
  return Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
}

/** The zone's offset from UTC at that instant, in milliseconds (UTC+2 → 7,200,000). */
export function offsetAt(instant: Date, timeZone: string): number {
  const t = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClock(t, timeZone) - t;
}

/** "YYYY-MM-DD" of the day `instant` falls on in the zone. */
export function dayKeyIn(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant the local day `day` begins in the zone. DST-safe: the offset is read at the
 * answer, not at UTC midnight, and where a zone skips midnight (clocks jump 00:00 → 01:00) the
 * day begins at the first instant that exists.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const midnight = Date.parse(`${day}T00:00:00.000Z`);
  const first = midnight - offsetAt(new Date(midnight), timeZone);
  const second = midnight - offsetAt(new Date(first), timeZone);
  // Both guesses are candidates; the earliest one still on `day` is where the day begins.
  const onDay = [first, second].filter((t) => dayKeyIn(new Date(t), timeZone) === day);
  return new Date(onDay.length ? Math.min(...onDay) : Math.max(first, second));
}

/** Calendar arithmetic on day keys: addDays("2026-03-31", 1) → "2026-04-01". */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (day keys), e.g. daysBetween("2026-03-01", "2026-03-08") → 7. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The first day of the month `day` is in, and of the month `months` later ("YYYY-MM-01"). */
export function monthStart(day: string, months = 0): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

/** The instant the current month began in the zone: "this month" as a person there reads it. */
export function startOfMonthIn(timeZone: string, now = new Date()): Date {
  return startOfDayIn(monthStart(dayKeyIn(now, timeZone)), timeZone);
}
