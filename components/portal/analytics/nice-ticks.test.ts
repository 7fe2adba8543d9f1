import { describe, expect, it } from "vitest";
import { formatValue } from "./chart-format";
import { niceTicks } from "./nice-ticks";

describe("niceTicks", () => {
  it("gives clock steps for durations, never 0:55 or 1:50", () => {
    // 3:40 was the longest average of a seeded range: the old axis read 0:55, 1:50, 2:45, 3:40.
    expect(niceTicks("duration", 220).map((s) => formatValue("duration", s))).toEqual([
      "0:00",
      "1:00",
      "2:00",
      "3:00",
      "4:00",
    ]);
    expect(niceTicks("duration", 100).map((s) => formatValue("duration", s))).toEqual([
      "0:00",
      "0:30",
      "1:00",
      "1:30",
      "2:00",
    ]);
    expect(niceTicks("duration", 40)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks("duration", 2 * 3600 + 5)).toEqual([0, 3600, 7200, 10800]);
  });

  it("gives 1-2-5 steps for counts and always reaches the maximum", () => {
    expect(niceTicks("count", 37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks("count", 7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks("count", 3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks("count", 0)).toEqual([0, 1]);
    expect(niceTicks("count", 1234)).toEqual([0, 500, 1000, 1500]);
    for (const max of [1, 9, 11, 99, 101, 4999]) {
      const ticks = niceTicks("count", max);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(5);
    }
  });

  it("gives quarters for rates, whatever the data", () => {
    expect(niceTicks("percent", 0.37)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("grows the largest duration step for very long averages", () => {
    const ticks = niceTicks("duration", 40_000);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(40_000);
    expect(ticks.every((t) => t % 3600 === 0)).toBe(true);
  });
});
