import { z } from "zod";
import { notFound } from "@/lib/errors";

/** A malformed id names no call: 404 like any other unknown id (and never reaches a uuid column). */
export function parseCallId(id: string): string {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound("Call not found");
  return parsed.data;
}
