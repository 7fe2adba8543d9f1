import "server-only";
import { z } from "zod";

/** SPEC §9 list parameters: an opaque cursor (the last item's id) and a page size. */
export const ListParams = z.object({
  cursor: z.uuid("cursor is not valid").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListParams = z.infer<typeof ListParams>;

/**
 * A keyset cursor that is an event's sequence number. Bounded to 15 digits: longer ones are no
 * seq this list gave out and would not survive Number() or PostgreSQL's bigint (a 500 before).
 */
export const seqCursor = z.string().regex(/^\d{1,15}$/, { message: "is not a cursor from this list" });

/** Cuts the one extra row a query fetched into the page and the next cursor. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}

/** Reads ?cursor=&limit= from a URL for a list route. */
export function listParamsFrom(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  return Object.fromEntries(["cursor", "limit"].flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
}
