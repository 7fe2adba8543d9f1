import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * The keyed link of the audit chain: mac = "<key id>.<hex HMAC-SHA256(key, 'audit-event/v1' + hash)>".
 * The hash already commits to the event and, through prevHash, to every event before it, so one
 * MAC per event vouches for the whole history up to it: whoever rewrites an event and re-hashes
 * the later ones (plain SHA-256, anyone can) would need the key to redo their MACs. The key id
 * (not secret: a hash of the key) tells a changed AUDIT_HMAC_KEY apart from tampering.
 */
export function macEvent(key: string, hash: string): string {
  return `${macKeyId(key)}.${createHmac("sha256", key).update(`audit-event/v1${hash}`).digest("hex")}`;
}

export function macKeyId(key: string): string {
  return createHash("sha256").update(`audit-hmac-key-id/v1${key}`).digest("hex").slice(0, 8);
}

export type MacCheck = "ok" | "other_key" | "mismatch";

export function checkEventMac(key: string, hash: string, mac: string): MacCheck {
  const expected = macEvent(key, hash);
  if (!mac.startsWith(`${macKeyId(key)}.`)) return "other_key";
  const a = Buffer.from(expected);
  const b = Buffer.from(mac);
  return a.length === b.length && timingSafeEqual(a, b) ? "ok" : "mismatch";
}
