import { describe, expect, it } from "vitest";
import { parseRange, startsPlayback } from "./parse-range";

const SIZE = 1000;

describe("parseRange", () => {
  it("serves the whole file without a Range header", () => {
    expect(parseRange(null, SIZE)).toEqual({ kind: "full" });
    expect(parseRange(undefined, SIZE)).toEqual({ kind: "full" });
  });

  it.each([
    ["first bytes", "bytes=0-99", 0, 99],
    ["a middle range", "bytes=200-299", 200, 299],
    ["an open-ended range", "bytes=900-", 900, 999],
    ["a suffix", "bytes=-500", 500, 999],
    ["a suffix longer than the file", "bytes=-5000", 0, 999],
    ["an end past the file, clamped", "bytes=990-2000", 990, 999],
    ["the last byte", "bytes=999-999", 999, 999],
    ["the unit in capitals, with spaces", "  BYTES=0-0 ", 0, 0],
    ["several ranges: only the first", "bytes=0-9, 20-29", 0, 9],
  ])("answers %s with one range", (_, header, start, end) => {
    expect(parseRange(header, SIZE)).toEqual({ kind: "partial", start, end });
  });

  it.each([
    ["a start past the end", "bytes=1000-"],
    ["a start far past the end", "bytes=5000-6000"],
    ["an empty suffix", "bytes=-0"],
    ["an end before the start", "bytes=500-100"],
    ["no numbers", "bytes=-"],
    ["another unit", "items=0-10"],
    ["garbage", "bytes=abc"],
    ["a negative start", "bytes=--5"],
    ["nothing after the unit", "bytes="],
  ])("refuses %s as unsatisfiable", (_, header) => {
    expect(parseRange(header, SIZE)).toEqual({ kind: "unsatisfiable" });
  });

  it("finds nothing to serve in an empty file", () => {
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-10", 0)).toEqual({ kind: "unsatisfiable" });
  });
});

describe("startsPlayback", () => {
  it("counts a request for the start of the file, not a seek or a buffering chunk", () => {
    expect(startsPlayback({ kind: "full" })).toBe(true);
    expect(startsPlayback(parseRange("bytes=0-", SIZE))).toBe(true);
    expect(startsPlayback(parseRange("bytes=0-1", SIZE))).toBe(true);
    expect(startsPlayback(parseRange("bytes=500-", SIZE))).toBe(false);
    expect(startsPlayback(parseRange("bytes=-100", SIZE))).toBe(false);
    expect(startsPlayback({ kind: "unsatisfiable" })).toBe(false);
  });
});
