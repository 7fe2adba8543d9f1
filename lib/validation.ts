import { z, ZodError } from "zod";
import { invalid } from "@/lib/errors";
import { findUnstorable, UNSTORABLE_MESSAGE } from "@/lib/storable-text";

/** One readable sentence from a zod error, naming the field. */
export function zodMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input.";
  return brief(`${where(issue.path)}${issue.message}`);
}

// A field name is whatever the sender typed, 100,000 characters long if they like: the answer
// names it, but only the head of it, so an error is never bigger than the request's problem.
const where = (path: PropertyKey[]) => (path.length ? `${path.map((p) => brief(String(p), 40)).join(".")}: ` : "");
const brief = (text: string, max = 300) => (text.length > max ? `${Array.from(text).slice(0, max).join("")}…` : text);

/**
 * Parses input for a verb; a mismatch is a 422 with a message naming the field. Every verb's
 * input passes here (JSON bodies, query strings, forms), so text the database cannot store as
 * sent is refused here once, for every field of every schema, before any query runs.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  assertStorable(value);
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(zodMessage(result.error));
  return result.data;
}

/** 422 naming the field when any string in `value` (or key) cannot be stored as sent. */
export function assertStorable(value: unknown): void {
  const found = findUnstorable(value);
  if (!found) return;
  throw invalid(
    `${where(found.path)}${found.problem === "depth" ? "is nested too deeply." : `${UNSTORABLE_MESSAGE}.`}`,
  );
}
