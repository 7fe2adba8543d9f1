/** A URL's query as a plain object for zod (the last value wins for repeated keys). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
