import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** The browser keeps the sign-in challenge's token in this cookie between the password and the code. */
export const MFA_CHALLENGE_COOKIE = "mfa_challenge";

/** SPEC §11: the code step expires after 5 minutes. */
export const MFA_CHALLENGE_SECONDS = 5 * 60;

/** Wrong codes one challenge takes before it ends (the password is asked again, under its own throttle). */
export const MAX_CHALLENGE_ATTEMPTS = 5;

export function newChallengeToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored: a database read never yields a token that finishes someone's sign-in. */
export function hashChallengeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
