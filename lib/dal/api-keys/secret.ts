import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * The secret's neutral prefix (SPEC §12: never the platform's name, so a client's systems show
 * nothing of it). `sk_` marks it as a secret key for people and for secret scanners.
 */
export const API_KEY_PREFIX = "sk_";

/** Characters of the secret a list shows to tell keys apart: the prefix and 8 random characters. */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

/** SHA-256 hex of a presented secret: keys are looked up by it; the secret itself is never stored. */
export const hashApiKeySecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A fresh secret: the prefix and 32 random bytes in base64url (43 characters). */
export function newApiKeySecret() {
  const secret = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { secret, secretHash: hashApiKeySecret(secret), displayPrefix: secret.slice(0, DISPLAY_LENGTH) };
}
