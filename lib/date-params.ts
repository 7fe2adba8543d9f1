import { z } from "zod";
import { invalid } from "@/lib/errors";

// The dates a filter may name. Far beyond them, a Date prints as "+010000-…", which PostgreSQL
// refuses, or is no date at all (a 500 before these bounds); within them every instant is a
// valid JavaScript Date and PostgreSQL timestamptz, and no call or audit event lies outside.
export const FIRST_DAY = "1970-01-01";
export const LAST_DAY = "2999-12-31";
const MIN = Date.parse(`${FIRST_DAY}T00:00:00.000Z`);
const END = Date.parse("3000-01-01T00:00:00.000Z");
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const RANGE_MESSAGE = `must be between ${FIRST_DAY} and ${LAST_DAY}`;

/** A calendar day's start (UTC) or an ISO time, as epoch milliseconds. */
export function instantOf(value: string): number {
  return Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value);
}

const inRange = (value: string) => {
  const at = instantOf(value);
  return at >= MIN && at < END;
};

/** `YYYY-MM-DD`, a real calendar day within the bounds. */
export const dayParam = z.iso.date({ message: "must be a date (YYYY-MM-DD)" }).refine(inRange, RANGE_MESSAGE);

/** A calendar day (UTC) or an ISO time with its offset, within the bounds. */
export const dayOrTimeParam = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: "must be a date (YYYY-MM-DD) or an ISO time" })
  .refine(inRange, RANGE_MESSAGE);

/** Whether `from` lies after `to` (a bare `to` day includes that whole day). */
export function isBackwards(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return false;
  const last = DATE_ONLY.test(to) ? instantOf(to) + 86_399_999 : instantOf(to);
  return instantOf(from) > last;
}

/** A backwards range is a mistake in the request, not a question with no answer: 422 saying so. */
export function assertDateOrder(from: string | undefined, to: string | undefined): void {
  if (isBackwards(from, to)) throw invalid("from must be on or before to.");
}
