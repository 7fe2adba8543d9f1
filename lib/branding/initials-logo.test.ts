import { describe, expect, it } from "vitest";
import { initialsLogoSvg } from "./initials-logo";

describe("initialsLogoSvg", () => {
  it("draws the first letters of two words on the brand colour, in readable text", () => {
    const svg = initialsLogoSvg("Acme Voice", "#2563EB");
    expect(svg).toContain(">AV</text>");
    expect(svg).toContain('fill="#2563eb"');
    expect(svg).toContain('fill="#ffffff"');
    expect(initialsLogoSvg("Sunny", "#fde047")).toContain('fill="#000000"');
  });

  it("lets no markup through from the name and refuses a colour that is not a hex", () => {
    const svg = initialsLogoSvg("<script>alert(1)</script> &co", "#000000");
    expect(svg).not.toMatch(/<script|&co/);
    expect(svg.match(/<text[^>]*>([^<]*)<\/text>/)?.[1]).toMatch(/^[A-Z0-9?]{1,2}$/);
    expect(() => initialsLogoSvg("Acme", 'red" onload="x')).toThrow();
  });
});
