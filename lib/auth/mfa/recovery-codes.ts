import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Recovery codes: 10 shown once at enrolment, stored only as SHA-256 hashes, each usable once.
 * Plain SHA-256 (not a slow hash) is enough: each code carries 50 random bits and guesses are
 * throttled by the challenge limiter, so offline cracking of a leaked hash is the only threat and
 * 2^50 per code keeps that out of reach.
 */

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: read off paper

function randomGroup(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; out.length < length; i++) {
    const b = bytes[i % bytes.length]!;
    if (b < 248) out += ALPHABET[b % 31]; // 248 = 8 * 31: no modulo bias
    if (i > length * 64) throw new Error("random source exhausted");
  }
  return out;
}

/** Codes look like `abcde-fghjk` (10 symbols of 31 ≈ 50 bits). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomGroup(5)}-${randomGroup(5)}`);
}

/** Case, spaces and dashes do not matter when typed back. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
}

/** Index of the unused hash matching `code`, or -1. The caller marks it used in the same transaction. */
export function findRecoveryCode(code: string, unusedHashes: readonly string[]): number {
  const wanted = Buffer.from(hashRecoveryCode(code), "hex");
  let found = -1;
  unusedHashes.forEach((hash, i) => {
    const candidate = Buffer.from(hash, "hex");
    if (candidate.length === wanted.length && timingSafeEqual(candidate, wanted) && found < 0) found = i;
  });
  return found;
}
