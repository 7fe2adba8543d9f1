"use client";

import { createContext, useContext, type ReactNode } from "react";

// The client's time zone (IANA name), set once by the portal layout from the signed-in actor,
// so every time shown in the portal is on the client's clock, the same on the server and after
// hydration. Absent (outside the portal): LocalTime falls back to the browser's own zone.
const TimeZoneContext = createContext<string | null>(null);

export function TimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

export const useClientTimeZone = () => useContext(TimeZoneContext);
