import { Readable } from "node:stream";
import { notFound } from "@/lib/errors";
import type { RangeResult } from "@/lib/recordings/parse-range";
import { appStore } from "@/lib/storage/app-store";

type OpenRecording = { key: string; size: number; range: RangeResult; fileName: string; contentType: string };

/**
 * The HTTP answer for an authorised recording: 200 with the whole file, 206 with one range, or
 * 416 naming the size. The bytes are streamed from the store (a ranged GET on S3), never read
 * into memory whole. `private, no-store`: a shared cache must never hand one user's authorised
 * audio to another.
 */
export async function recordingResponse(recording: OpenRecording, opts: { download: boolean }): Promise<Response> {
  const { key, size, range } = recording;
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
  const stream = size === 0 ? null : await appStore().get(key, { start, end });
  // Removed between the size check and now: as if it had never been there.
  if (size > 0 && !stream) throw notFound("Recording not found");
  const body = stream ? (Readable.toWeb(stream) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: range.kind === "partial" ? 206 : 200, headers });
}
