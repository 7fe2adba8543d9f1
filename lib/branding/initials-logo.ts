import { readableTextOn } from "./contrast";

/**
 * A square SVG mark with an agency's initials on its brand colour: what a demo agency shows until
 * someone uploads a real logo. Only letters and digits reach the markup and the colour is a
 * checked hex, so nothing a name contains can become SVG (SVG can carry script).
 */
export function initialsLogoSvg(name: string, hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error("A brand colour is #rrggbb");
  const initials =
    name
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, "").slice(0, 1))
      .filter(Boolean)
      .slice(0, 2)
      .join("")
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "") || "?";
  const size = initials.length > 1 ? 28 : 36;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">`,
    `<rect width="64" height="64" rx="14" fill="${hex.toLowerCase()}"/>`,
    `<text x="32" y="32" dy="0.35em" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="${size}" font-weight="700" fill="${readableTextOn(hex)}">${initials}</text>`,
    `</svg>`,
  ].join("");
}
