import { z } from "zod";

// The zones this runtime's Intl knows (its IANA database), plus "UTC", which Intl accepts but
// does not list. A name outside it would make every date formatter throw, and PostgreSQL's
// `at time zone` refuse the query: it is refused at the door instead (400/422, never 500).
const KNOWN = new Set<string>(["UTC", ...Intl.supportedValuesOf("timeZone")]);

export const TIME_ZONES: readonly string[] = [...KNOWN].sort((a, b) =>
  a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b),
);

export function isTimeZone(name: unknown): name is string {
  return typeof name === "string" && KNOWN.has(name);
}

/**
 * An IANA alias (Asia/Kolkata where this runtime lists Asia/Calcutta, or the reverse) as the name
 * the list uses, so an API caller's correct name is not refused and the stored value is one the
 * pickers show. Anything Intl does not know is left as typed, for the list check to refuse.
 */
export function canonicalTimeZone(name: string): string {
  if (KNOWN.has(name)) return name;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    return KNOWN.has(resolved) ? resolved : name;
  } catch {
    return name;
  }
}

export const timeZoneName = z
  .string()
  .trim()
  .transform(canonicalTimeZone)
  .refine(isTimeZone, "Choose a time zone from the list (an IANA name such as Europe/Berlin or America/New_York).");
