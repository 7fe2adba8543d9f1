import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { StoredPage } from "./page-store";

// Headers that belong to one response on one connection, never to a stored page.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-cache"]);
const PAGE_TYPES = /^text\/(html|x-component)\b/;
const MAX_BYTES = 4 * 2 ** 20;
// A part that failed after the 200 went out (a query error inside a streamed Suspense boundary)
// leaves React's error digest in the HTML, or an error row in the RSC payload: such a page is
// sent once, never kept, or a passing fault would outlive its cause.
const RENDER_ERRORS = ["data-dgst=", ':E{"digest"', ':E{\\"digest\\"'];

/**
 * Copies what Next writes to `res` and, once the response has gone out in full, hands it to
 * `keep` — only a complete 200 HTML or RSC page that sets no cookie and is not compressed. A
 * response cut short (the client went away) never finishes, so it is never kept.
 */
export function recordPage(res: ServerResponse, keep: (page: StoredPage) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let headHeaders: OutgoingHttpHeaders = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BYTES) return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
  };
  const { write, end, writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const last = args.at(-1);
    if (last && typeof last === "object" && !Array.isArray(last)) headHeaders = last as OutgoingHttpHeaders;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  res.once("finish", () => {
    const headers = { ...res.getHeaders(), ...lowerCased(headHeaders) };
    const type = String(headers["content-type"] ?? "");
    if (res.statusCode !== 200 || size > MAX_BYTES || !PAGE_TYPES.test(type)) return;
    if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return;
    const csp = String(headers["content-security-policy"] ?? "");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? null;
    const body = Buffer.concat(chunks);
    if (RENDER_ERRORS.some((marker) => body.includes(marker))) return;
    keep({
      status: 200,
      headers: Object.entries(headers)
        .filter(([name, value]) => !PER_RESPONSE.has(name) && value !== undefined)
        .flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [String(value)]).map((v) => [name, v] as [string, string]),
        ),
      parts: nonce ? splitAround(body, Buffer.from(nonce)) : [body],
      nonce,
      bytes: body.length,
      storedAt: Date.now(),
    });
  });
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The body cut at every occurrence of `separator`, which is left out. */
export function splitAround(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator, from); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** The stored body with `nonce` wherever the render's nonce stood. */
export function joinAround(parts: Buffer[], nonce: Buffer): Buffer {
  const pieces: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push(nonce);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}
