/** Raw `db.execute` answers differ by driver (PGlite: {rows}, postgres.js: an array): normalise. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A text[] column: PGlite and postgres.js both parse it; a driver that hands back the literal is handled too. */
export function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, "")
    .split(",")
    .filter(Boolean);
}
