import { describe, expect, it } from "vitest";
import { assertDateOrder, dayOrTimeParam, dayParam } from "./date-params";

describe("date params", () => {
  it.each([
    "9999-12-31",
    "3000-01-01",
    "0000-01-01",
    "1969-12-31",
    "275760-09-13",
    "2026-02-30",
    "2026-13-01",
    "yesterday",
    "1e20",
  ])("%s is refused as a day", (value) => expect(dayParam.safeParse(value).success).toBe(false));

  it.each(["1970-01-01", "2024-02-29", "2026-05-01", "2999-12-31"])("%s is a day", (value) =>
    expect(dayParam.safeParse(value).success).toBe(true),
  );

  it("bounds ISO times too, after their offset", () => {
    expect(dayOrTimeParam.safeParse("2026-05-01T10:00:00Z").success).toBe(true);
    expect(dayOrTimeParam.safeParse("2026-05-01T10:00:00+02:00").success).toBe(true);
    expect(dayOrTimeParam.safeParse("9999-12-31T23:59:59.999Z").success).toBe(false);
    expect(dayOrTimeParam.safeParse("2999-12-31T23:00:00-14:00").success).toBe(false);
    expect(dayOrTimeParam.safeParse("2026-05-01T25:61:00Z").success).toBe(false);
  });

  it("says why in the message", () => {
    expect(dayParam.safeParse("9999-12-31").error?.issues[0].message).toBe("must be between 1970-01-01 and 2999-12-31");
  });

  it("refuses a range that runs backwards; a bare `to` day includes the whole day", () => {
    expect(() => assertDateOrder("2026-05-02", "2026-05-01")).toThrow("from must be on or before to.");
    expect(() => assertDateOrder("2026-05-01T23:00:00Z", "2026-05-01")).not.toThrow();
    expect(() => assertDateOrder("2026-05-01", "2026-05-01")).not.toThrow();
    expect(() => assertDateOrder(undefined, "2026-05-01")).not.toThrow();
  });
});
