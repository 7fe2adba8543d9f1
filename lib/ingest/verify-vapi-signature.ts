import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const VAPI_TOLERANCE_MS = 5 * 60 * 1000;

type Headers = { get(name: string): string | null };

/**
 * Vapi authenticates its server messages with a credential the agency creates in Vapi and points
 * at our URL (docs: server-url/server-authentication). Two kinds are accepted, both keyed by the
 * connection's webhook secret:
 * - HMAC (the recommended one), with Vapi's defaults (HmacAuthenticationPlan): header
 *   `x-signature` = hex HMAC-SHA256(secret, "<x-timestamp>.<raw body>"), timestamp in `x-timestamp`
 *   (seconds or milliseconds: both are seen in the wild), refused beyond ±5 minutes.
 * - A bearer credential: `X-Vapi-Secret: <secret>` (the legacy inline secret) or
 *   `Authorization: Bearer <secret>`. It carries no timestamp, so a captured request can be
 *   replayed: the inbox's uniqueness on (connection, call, event) makes a replay a no-op.
 * Every comparison is constant-time. The HMAC, when present, decides alone: a wrong HMAC is not
 * rescued by a header.
 */
export function verifyVapiRequest(body: string, secret: string, headers: Headers, now = Date.now()): boolean {
  const signature = headers.get("x-signature");
  if (signature !== null) return verifyVapiHmac(body, secret, signature, headers.get("x-timestamp"), now);
  const presented =
    headers.get("x-vapi-secret") ?? /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1] ?? null;
  if (presented === null) return false;
  // Hashing both sides first gives equal lengths, so the compare itself leaks no length.
  return timingSafeEqual(digest(presented.trim()), digest(secret));
}

export function signVapi(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  return {
    "x-timestamp": String(timestamp),
    "x-signature": createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex"),
  };
}

function verifyVapiHmac(body: string, secret: string, signature: string, timestamp: string | null, now: number) {
  if (!timestamp || !/^\d{1,16}$/.test(timestamp)) return false;
  const value = Number(timestamp);
  const ms = value < 1e12 ? value * 1000 : value;
  if (Math.abs(now - ms) > VAPI_TOLERANCE_MS) return false;
  const hex = signature.trim().replace(/^sha256=/, "");
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(hex, "hex"));
}

const digest = (value: string) => createHash("sha256").update(value).digest();
