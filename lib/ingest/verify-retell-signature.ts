import { createHmac, timingSafeEqual } from "node:crypto";

/** Retell's window: a signature older or newer than five minutes is refused (replay). */
export const RETELL_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Retell's webhook signature, as its SDK computes it (`retell-sdk` src/lib/webhook_auth.ts):
 *   x-retell-signature: v=<unix ms>,d=<hex HMAC-SHA256(key = the API key, message = raw body + ms)>
 * Hand-written rather than taken from the SDK: the SDK is a whole API client, its verify compares
 * digests with `===` (a timing oracle) and has become async across versions; this is the same
 * algorithm with a constant-time compare. The body must be the raw bytes received, never a
 * re-serialised JSON (whitespace and key order change the digest).
 */
export function signRetell(body: string, apiKey: string, timestampMs = Date.now()): string {
  return `v=${timestampMs},d=${createHmac("sha256", apiKey)
    .update(body + timestampMs)
    .digest("hex")}`;
}

export function verifyRetellSignature(body: string, apiKey: string, header: string | null, now = Date.now()): boolean {
  const match = /^v=(\d{1,16}),d=([0-9a-f]{64})$/.exec(header?.trim() ?? "");
  if (!match) return false;
  const timestampMs = Number(match[1]);
  if (Math.abs(now - timestampMs) > RETELL_TOLERANCE_MS) return false;
  const expected = createHmac("sha256", apiKey)
    .update(body + match[1])
    .digest();
  return timingSafeEqual(expected, Buffer.from(match[2], "hex"));
}
