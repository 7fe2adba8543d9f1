/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the brand colour. */
export function readableTextOn(hex: string): "#000000" | "#ffffff" {
  return contrastRatio(hex, "#ffffff") >= contrastRatio(hex, "#000000") ? "#ffffff" : "#000000";
}

/** WCAG 2.2 AA for normal-size text. */
export const AA_TEXT = 4.5;

/**
 * The brand colour as text or a thin mark on `background`: the colour itself when it already reads
 * at AA, otherwise the nearest tone mixed toward black (on a light background) or white (on a dark
 * one) that does. An agency picks any colour; a pale yellow link on white must still be legible.
 */
export function readableTone(hex: string, background: string, minimum = AA_TEXT): string {
  if (contrastRatio(hex, background) >= minimum) return hex.toLowerCase();
  const toward = luminance(background) > 0.18 ? 0 : 255;
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (let step = 1; step <= 20; step++) {
    const mixed = channels.map((c) => Math.round(c + ((toward - c) * step) / 20));
    const candidate = `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toward === 0 ? "#000000" : "#ffffff";
}

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
