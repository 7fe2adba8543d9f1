import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { RangeResult } from "@/lib/recordings/parse-range";

type OpenRecording = { file: string; size: number; range: RangeResult; fileName: string; contentType: string };

/**
 * The HTTP answer for an authorised recording: 200 with the whole file, 206 with one range, or
 * 416 naming the size. The file is streamed from disk, never read into memory. `private,
 * no-store`: a shared cache must never hand one user's authorised audio to another.
 */
export function recordingResponse(recording: OpenRecording, opts: { download: boolean }): Response {
  const { file, size, range } = recording;
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  headers.set("Content-Type", recording.contentType);
  headers.set(
    "Content-Disposition",
    `${opts.download ? "attachment" : "inline"}; filename="${recording.fileName.replace(/[^\w.-]/g, "_")}"`,
  );
  const start = range.kind === "partial" ? range.start : 0;
  const end = range.kind === "partial" ? range.end : size - 1;
  headers.set("Content-Length", String(size === 0 ? 0 : end - start + 1));
  if (range.kind === "partial") headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  const body = size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range.kind === "partial" ? 206 : 200, headers });
}
