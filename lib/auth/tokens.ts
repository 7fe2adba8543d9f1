import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * Links in emails carry 32 random bytes; the database keeps only their SHA-256, so a leaked
 * table hands out no working link. A hash lookup needs no constant-time compare: the attacker
 * would have to find a preimage, not a prefix.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A well-formed token (43 base64url characters) — anything else is not looked up at all. */
export function isLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
