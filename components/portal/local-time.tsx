"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Building an Intl.DateTimeFormat costs far more than formatting with one (a 25-row table spent
// ~7 ms a request constructing them), so each of the four variants is built once per process.
const FORMATS = {
  utcDateTime: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  utcDate: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }),
  localDateTime: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" }),
  localDate: new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }),
};

/**
 * A time in the viewer's own time zone and locale. The server renders UTC; the browser swaps in
 * local time after hydration, so the first paint never disagrees with the markup.
 */
export function LocalTime({ iso, dateOnly = false, fallback = "—" }: { iso: string | null; dateOnly?: boolean; fallback?: string }) {
  const local = useSyncExternalStore(subscribe, () => true, () => false);
  if (!iso) return <span>{fallback}</span>;
  const date = new Date(iso);
  const format = local
    ? (dateOnly ? FORMATS.localDate : FORMATS.localDateTime)
    : (dateOnly ? FORMATS.utcDate : FORMATS.utcDateTime);
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {format.format(date)}
      {!local && !dateOnly ? " UTC" : ""}
    </time>
  );
}
