import { z, ZodError } from "zod";
import { invalid } from "@/lib/errors";

/** One readable sentence from a zod error, naming the field. */
export function zodMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input.";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/** Parses input for a verb; a mismatch is a 422 with a message naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(zodMessage(result.error));
  return result.data;
}
