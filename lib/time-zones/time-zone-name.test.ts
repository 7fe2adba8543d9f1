import { describe, expect, it } from "vitest";
import { isTimeZone, TIME_ZONES, timeZoneName } from "./time-zone-name";

describe("time zone names", () => {
  it("takes India's zone by either of its IANA names and stores the one the list shows", () => {
    const listed = TIME_ZONES.find((z) => z === "Asia/Kolkata" || z === "Asia/Calcutta")!;
    expect(timeZoneName.parse("Asia/Kolkata")).toBe(listed);
    expect(timeZoneName.parse("Asia/Calcutta")).toBe(listed);
    expect(timeZoneName.parse(" Europe/Berlin ")).toBe("Europe/Berlin");
    expect(isTimeZone(timeZoneName.parse("Asia/Kolkata"))).toBe(true);
  });

  it("refuses what is not a zone, and never passes a quote through", () => {
    for (const bad of ["Mars/Olympus", "", "Europe/Berlin'; drop table calls; --", "utc+2"])
      expect(timeZoneName.safeParse(bad).success).toBe(false);
  });
});
