import { inflateSync } from "node:zlib";

/**
 * The text inside a PDF as a string to search: pdf-lib deflates content streams and writes text
 * and metadata as hex strings, so the raw bytes alone would hide a leaked name. Every stream is
 * inflated (when it is deflated) and every <hex> string decoded (UTF-16 with a BOM, else Latin-1).
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const parts = [raw];
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1"));
    } catch {
      // Not deflated (or an image): already in `raw`.
    }
  }
  return parts
    .map((p) => p.replace(/<([0-9A-Fa-f\s]+)>/g, (_, hex: string) => ` ${decodeHex(hex.replace(/\s+/g, ""))} `))
    .join("\n");
}

function decodeHex(hex: string): string {
  const buf = Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex");
  if (buf[0] === 0xfe && buf[1] === 0xff) return buf.subarray(2).swap16().toString("utf16le");
  return buf.toString("latin1");
}
