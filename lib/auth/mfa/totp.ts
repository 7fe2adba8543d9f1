import "server-only";
import { generateSecret, generateURI, verify } from "otplib";

/**
 * TOTP (RFC 6238) for the second sign-in step. otplib does the maths; this file fixes our
 * parameters (SHA-1, 6 digits, 30 s, the authenticator-app defaults) and the replay rule.
 */

/** One step either side: tolerates a phone clock ~30 s off without widening the guess window much. */
const EPOCH_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** otpauth:// URI for the QR code; `issuer` is the agency's name (white-label: never the platform's). */
export function totpUri(input: { secret: string; issuer: string; label: string }): string {
  return generateURI({ secret: input.secret, issuer: input.issuer, label: input.label });
}

/**
 * Checks a code and returns the time step it matched, or null. A code is never accepted twice:
 * the caller stores the returned step per factor and passes it back as `lastUsedStep`, and any
 * step at or before it is refused (otplib's `afterTimeStep`), which also blocks an older code
 * still inside the tolerance window.
 */
export async function verifyTotp(input: {
  secret: string;
  code: string;
  lastUsedStep: number | null;
  now?: Date;
}): Promise<number | null> {
  const token = input.code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret: input.secret,
    token,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(input.now ? { epoch: Math.floor(input.now.getTime() / 1000) } : {}),
    ...(input.lastUsedStep !== null ? { afterTimeStep: input.lastUsedStep } : {}),
  });
  // The functional API types HOTP and TOTP results together; only TOTP carries `timeStep`.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
