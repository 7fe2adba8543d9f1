import { notFound } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be a row id at all: anything else is simply not found, never a 500. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A malformed id names no row: 404 like any other unknown id (and never reaches a uuid column). */
export function uuidOrNotFound(value: string, message: string): string {
  if (!isUuid(value)) throw notFound(message);
  return value;
}
