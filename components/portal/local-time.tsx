"use client";

import { useSyncExternalStore } from "react";
import { useClientTimeZone } from "./time-zone-context";

const subscribe = () => () => {};

// Building an Intl.DateTimeFormat costs far more than formatting with one (a 25-row table spent
// ~7 ms a request constructing them), so each variant is built once per process and zone.
const FORMATS = {
  utcDateTime: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  utcDate: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }),
  localDateTime: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" }),
  localDate: new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }),
};
const zoned = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(timeZone: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${dateOnly}`;
  let f = zoned.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      "en-US",
      dateOnly
        ? { timeZone, year: "numeric", month: "short", day: "numeric" }
        : {
            timeZone,
            year: "numeric",
            month: "short",
            day: "numeric",
            hour: "numeric",
            minute: "2-digit",
            timeZoneName: "short",
          },
    );
    zoned.set(key, f);
  }
  return f;
}

/**
 * A time as a person of this client reads it. In the portal: on the client's own time zone
 * (TimeZoneProvider), identical on the server and in the browser, with the zone's short name
 * ("GMT+2", "EST"). Elsewhere: the server renders UTC and the browser swaps in its local time
 * after hydration, so the first paint never disagrees with the markup.
 */
export function LocalTime({
  iso,
  dateOnly = false,
  fallback = "—",
}: {
  iso: string | null;
  dateOnly?: boolean;
  fallback?: string;
}) {
  const timeZone = useClientTimeZone();
  const local = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!iso) return <span>{fallback}</span>;
  const date = new Date(iso);
  if (timeZone) {
    return (
      <time dateTime={iso} title={date.toISOString()}>
        {zonedFormat(timeZone, dateOnly).format(date)}
      </time>
    );
  }
  const format = local
    ? dateOnly
      ? FORMATS.localDate
      : FORMATS.localDateTime
    : dateOnly
      ? FORMATS.utcDate
      : FORMATS.utcDateTime;
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {format.format(date)}
      {!local && !dateOnly ? " UTC" : ""}
    </time>
  );
}
