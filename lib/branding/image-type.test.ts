import { describe, expect, it } from "vitest";
import { sniffImageType, storedImageType } from "./image-type";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("sniffImageType", () => {
  it.each([
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16)],
    ["webp", Uint8Array.from([...Buffer.from("RIFF"), 0x24, 0, 0, 0, ...Buffer.from("WEBPVP8 ")])],
    ["ico", bytes(0, 0, 1, 0, 1, 0, 16, 16)],
  ])("recognises %s by its magic bytes", (type, data) => {
    expect(sniffImageType(data)).toBe(type);
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["HTML", Buffer.from("<!doctype html><title>x</title>")],
    ["a GIF", Buffer.from("GIF89a")],
    ["a RIFF that is not WebP (WAV)", Uint8Array.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WAVE")])],
    ["a cursor file (ICO type 2)", bytes(0, 0, 2, 0, 1, 0)],
    ["nothing", bytes()],
  ])("refuses %s", (_label, data) => {
    expect(sniffImageType(data)).toBeNull();
  });
});

describe("storedImageType", () => {
  it("trusts .svg only as a stored name (our generated marks); other files are still sniffed", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(storedImageType("logo-0123456789abcdef.svg", svg)).toBe("svg");
    expect(storedImageType("logo-0123456789abcdef.png", svg)).toBeNull();
  });
});
