"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A time in the viewer's own time zone and locale. The server renders UTC; the browser swaps in
 * local time after hydration, so the first paint never disagrees with the markup.
 */
export function LocalTime({ iso, dateOnly = false, fallback = "—" }: { iso: string | null; dateOnly?: boolean; fallback?: string }) {
  const local = useSyncExternalStore(subscribe, () => true, () => false);
  if (!iso) return <span>{fallback}</span>;
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: "medium", ...(local ? {} : { timeZone: "UTC" }) }
    : { dateStyle: "medium", timeStyle: "short", ...(local ? {} : { timeZone: "UTC" }) };
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {new Intl.DateTimeFormat("en-US", options).format(date)}
      {!local && !dateOnly ? " UTC" : ""}
    </time>
  );
}
