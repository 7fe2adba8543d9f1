import { describe, expect, it } from "vitest";
import { isTimeZone, timeZoneName } from "./time-zone-name";
import { addDays, dayKeyIn, daysBetween, monthStart, offsetAt, startOfDayIn } from "./zoned-day";

describe("zoned days", () => {
  it("puts 23:30 UTC on the next day in UTC+2, the same day in UTC and New York", () => {
    const t = new Date("2026-06-14T23:30:00Z");
    expect(dayKeyIn(t, "Africa/Johannesburg")).toBe("2026-06-15");
    expect(dayKeyIn(t, "UTC")).toBe("2026-06-14");
    expect(dayKeyIn(t, "America/New_York")).toBe("2026-06-14");
  });

  it("starts days at local midnight, across daylight-saving changes", () => {
    expect(startOfDayIn("2026-06-15", "Africa/Johannesburg").toISOString()).toBe("2026-06-14T22:00:00.000Z");
    // Berlin springs forward on 29 March 2026 (that day has 23 hours) and falls back on 25 October (25 hours).
    expect(startOfDayIn("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayIn("2026-10-25", "Europe/Berlin").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfDayIn("2026-10-26", "Europe/Berlin").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(startOfDayIn("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(startOfDayIn("2026-03-01", "Asia/Kolkata").toISOString()).toBe("2026-02-28T18:30:00.000Z");
  });

  it("starts a day whose midnight does not exist at its first instant", () => {
    // Santiago springs forward at 00:00 on 6 September 2026: the day begins at 01:00 local (04:00 UTC).
    const start = startOfDayIn("2026-09-06", "America/Santiago");
    expect(dayKeyIn(start, "America/Santiago")).toBe("2026-09-06");
    expect(dayKeyIn(new Date(start.getTime() - 1000), "America/Santiago")).toBe("2026-09-05");
  });

  it("reads offsets and does calendar arithmetic on day keys", () => {
    expect(offsetAt(new Date("2026-01-10T12:00:00Z"), "Europe/Berlin")).toBe(3_600_000);
    expect(offsetAt(new Date("2026-07-10T12:00:00Z"), "Europe/Berlin")).toBe(7_200_000);
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-08")).toBe(7);
    expect(monthStart("2026-03-17")).toBe("2026-03-01");
    expect(monthStart("2026-12-17", 1)).toBe("2027-01-01");
  });

  it("accepts IANA names and UTC, refuses anything else", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    for (const bad of ["Mars/Olympus", "", "europe/berlin", "+02:00", 42, null]) expect(isTimeZone(bad)).toBe(false);
    expect(timeZoneName.safeParse("Nowhere/Town").success).toBe(false);
  });
});
