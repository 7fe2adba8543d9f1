/**
 * What to send for a `Range` request header against a file of `size` bytes (RFC 9110 §14):
 * - no header → the whole file (200);
 * - `bytes=0-99`, `bytes=100-` (open-ended), `bytes=-500` (the last 500) → one range (206),
 *   an end past the file clamped to its last byte;
 * - several ranges (`bytes=0-9,20-29`) → only the FIRST is served, as a single-part 206 — RFC
 *   9110 lets a server answer fewer ranges than asked, and media players only ever ask for one;
 * - a range starting at or past the end, `bytes=-0`, or anything malformed → unsatisfiable (416).
 */
export type RangeResult =
  { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const SPEC = /^(\d*)-(\d*)$/;

export function parseRange(header: string | null | undefined, size: number): RangeResult {
  if (header === null || header === undefined) return { kind: "full" };
  const match = /^bytes=(.+)$/i.exec(header.trim());
  if (!match) return { kind: "unsatisfiable" };
  const first = match[1].split(",")[0].trim();
  const parts = SPEC.exec(first);
  if (!parts) return { kind: "unsatisfiable" };
  const [, startText, endText] = parts;
  if (startText === "" && endText === "") return { kind: "unsatisfiable" };
  if (startText === "") {
    const suffix = Number(endText);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  const end = endText === "" ? size - 1 : Math.min(Number(endText), size - 1);
  if (endText !== "" && Number(endText) < start) return { kind: "unsatisfiable" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}

/** A playback starts at the first byte; later ranges are the same playback seeking or buffering. */
export function startsPlayback(range: RangeResult): boolean {
  return range.kind === "full" || (range.kind === "partial" && range.start === 0);
}
