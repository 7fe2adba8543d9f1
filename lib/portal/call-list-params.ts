import { CALL_FILTER_KEYS, CallFiltersInput, type CallFilters } from "@/lib/dal/calls/call-filters";
import { isBackwards } from "@/lib/date-params";
import { isStorableText } from "@/lib/storable-text";

type SearchParams = Record<string, string | string[] | undefined>;

/** Calls per page of the portal list (the benchmark's in-memory baseline renders as many). */
export const CALL_PAGE_SIZE = 50;

/**
 * The call list's filters from a page URL. A shared link may be stale or hand-edited: a value
 * that does not parse is dropped (and reported) rather than failing the whole page.
 */
export function callFiltersFromSearchParams(params: SearchParams, opts: { allowSentiment: boolean }) {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of CALL_FILTER_KEYS) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = CallFiltersInput.shape[key].safeParse(value);
    if (
      parsed.success &&
      parsed.data !== undefined &&
      isStorableText(value) &&
      (key !== "sentiment" || opts.allowSentiment)
    )
      filters[key] = parsed.data;
    else ignored.push(key);
  }
  // A range that runs backwards is refused by the list: drop it here like any other bad value.
  if (isBackwards(filters.from as string | undefined, filters.to as string | undefined)) {
    delete filters.from;
    delete filters.to;
    ignored.push("from", "to");
  }
  const cursor = typeof params.cursor === "string" && params.cursor ? params.cursor : undefined;
  return { filters: filters as CallFilters, cursor, ignored };
}

/** A query string for the list (or its export) with these filters and maybe a cursor. */
export function callListQuery(filters: CallFilters, extra: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  // In the filters' own order, so one view always has one URL.
  const entries = [...CALL_FILTER_KEYS.map((k) => [k, filters[k]] as const), ...Object.entries(extra)];
  for (const [key, value] of entries) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
