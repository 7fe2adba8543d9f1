import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Transform, type Readable } from "node:stream";
import { AddressRefused, resolveAllowedAddresses } from "@/lib/webhooks/address-policy";
import type { ObjectStore } from "@/lib/storage/object-store";

export const RECORDING_TIMEOUT_MS = 30_000;
// A 3-hour stereo WAV is ~2 GB; nothing a voice agent records comes near this.
const MAX_BYTES = 1024 * 1024 * 1024;

export type CopyResult =
  { copied: true; key: string; bytes: number } | { copied: false; expired: boolean; error: string };

/**
 * Copies a provider's recording into our store once, streamed: the bytes flow from the socket
 * into the store's writer without the file ever being held in memory (a local file is written
 * beside and renamed; S3 takes a multipart upload). The provider's URL comes from a signed
 * event, but it is still a URL from outside: the connection goes only to addresses the webhook
 * address policy allows (no internal hosts outside development), redirects are not followed, and
 * the whole transfer is cut off after the timeout. 401/403/404/410 mean the signed link expired.
 */
export async function copyRecording(input: {
  store: ObjectStore;
  url: string;
  key: string;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<CopyResult> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { copied: false, expired: false, error: "The recording URL is not valid." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { copied: false, expired: false, error: "Recording URLs must use http or https." };
  let lookup: LookupFunction;
  try {
    const addresses = await resolveAllowedAddresses(url.hostname, input.allowPrivate);
    lookup = (_h, options, callback) => {
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    };
  } catch (error) {
    const message = error instanceof AddressRefused ? error.message : "The recording's host could not be resolved.";
    return { copied: false, expired: false, error: message };
  }
  const timeoutMs = input.timeoutMs ?? RECORDING_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: http.IncomingMessage;
  try {
    response = await get(url, lookup, signal);
  } catch (error) {
    return { copied: false, expired: false, error: describe(error, timeoutMs) };
  }
  const status = response.statusCode ?? 0;
  if (status !== 200) {
    response.destroy();
    const expired = [401, 403, 404, 410].includes(status);
    return {
      copied: false,
      expired,
      error: expired
        ? `The provider's recording link has expired (HTTP ${status}); the next reconciliation fetches a fresh one.`
        : `The provider answered HTTP ${status} for the recording.`,
    };
  }
  let bytes = 0;
  const counted = response.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(bytes > MAX_BYTES ? new Error("The recording is larger than 1 GB.") : null, chunk);
      },
    }),
  );
  response.on("error", (error) => counted.destroy(error));
  try {
    await input.store.put(input.key, counted as Readable, { contentType: contentTypeOf(input.key) });
  } catch (error) {
    // The store reports any broken source as its own failure: say which it was.
    const cause = signal.aborted ? signal.reason : error;
    return { copied: false, expired: false, error: describe(cause, timeoutMs) };
  }
  return { copied: true, key: input.key, bytes };
}

export const contentTypeOf = (key: string) => (key.endsWith(".mp3") ? "audio/mpeg" : "audio/wav");

function get(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<http.IncomingMessage> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.get(url, { lookup, signal, headers: { "User-Agent": "Recordings/1.0" } }, resolve);
    request.on("error", reject);
  });
}

function describe(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: unknown })?.code;
  const name = (error as { name?: string })?.name;
  if (code === "ABORT_ERR" || name === "AbortError" || name === "TimeoutError")
    return `The provider did not send the recording within ${timeoutMs / 1000} seconds.`;
  if (code === "ECONNREFUSED") return "The provider refused the connection.";
  if (code === "ECONNRESET") return "The provider closed the connection.";
  return "The recording could not be downloaded.";
}
