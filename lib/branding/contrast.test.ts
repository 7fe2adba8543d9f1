import { describe, expect, it } from "vitest";
import { contrastRatio, readableTextOn, readableTone } from "./contrast";

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // Order does not matter; #767676 is the classic lightest grey that passes AA on white.
    expect(contrastRatio("#ffffff", "#767676")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("readableTextOn", () => {
  it("puts white on dark brands and black on light ones", () => {
    expect(readableTextOn("#2563eb")).toBe("#ffffff");
    expect(readableTextOn("#fde047")).toBe("#000000");
    expect(readableTextOn("#059669")).toBe("#000000");
  });

  it("always reaches AA between brand and text", () => {
    for (const hex of ["#2563eb", "#059669", "#ff0000", "#808080", "#fde047", "#7c3aed"]) {
      expect(contrastRatio(hex, readableTextOn(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("readableTone", () => {
  it("keeps a brand that already reads on the background", () => {
    expect(readableTone("#2563EB", "#ffffff")).toBe("#2563eb");
  });

  it("darkens a pale brand on white and lightens a dark one on black until AA", () => {
    const onWhite = readableTone("#fde047", "#ffffff");
    expect(onWhite).not.toBe("#fde047");
    expect(contrastRatio(onWhite, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    const onDark = readableTone("#1e3a8a", "#0a0a0a");
    expect(contrastRatio(onDark, "#0a0a0a")).toBeGreaterThanOrEqual(4.5);
    expect(parseInt(onDark.slice(1, 3), 16)).toBeGreaterThan(0x1e);
  });
});
