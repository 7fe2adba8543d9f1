import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
} from "@simplewebauthn/types";

/**
 * Passkeys (WebAuthn) as a second factor, through @simplewebauthn/server: this file only fixes our
 * choices. The relying party is the host the user is on (console, portal host or custom domain),
 * so a passkey made on one agency's portal is useless on another's. Possession is the second
 * factor, so user verification is preferred, not required.
 */
export type RelyingParty = { rpID: string; origin: string };

export function relyingPartyOf(origin: string): RelyingParty {
  const url = new URL(origin);
  return { rpID: url.hostname, origin: url.origin };
}

const fromB64 = (value: string) => new Uint8Array(Buffer.from(value, "base64url"));
const toB64 = (value: Uint8Array) => Buffer.from(value).toString("base64url");
const asTransports = (t: string[]) => t as AuthenticatorTransportFuture[];

export function registrationOptions(input: {
  rp: RelyingParty;
  rpName: string;
  user: { id: string; email: string; name: string };
  existingCredentialIds: { credentialId: string; transports: string[] }[];
}) {
  return generateRegistrationOptions({
    rpName: input.rpName,
    rpID: input.rp.rpID,
    userID: input.user.id,
    userName: input.user.email,
    userDisplayName: input.user.name || input.user.email,
    attestationType: "none",
    excludeCredentials: input.existingCredentialIds.map((c) => ({
      id: fromB64(c.credentialId),
      type: "public-key" as const,
      transports: asTransports(c.transports),
    })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
}

export type NewPasskey = { credentialId: string; publicKey: string; signCount: number; transports: string[] };

/** The verified new credential, or null for any answer that does not check out. */
export async function verifyRegistration(input: {
  response: RegistrationResponseJSON;
  expectedChallenge: string;
  rp: RelyingParty;
}): Promise<NewPasskey | null> {
  try {
    const result = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: input.rp.origin,
      expectedRPID: input.rp.rpID,
      requireUserVerification: false,
    });
    if (!result.verified || !result.registrationInfo) return null;
    return {
      credentialId: toB64(result.registrationInfo.credentialID),
      publicKey: toB64(result.registrationInfo.credentialPublicKey),
      signCount: result.registrationInfo.counter,
      transports: (input.response.response.transports ?? []).slice(0, 8),
    };
  } catch {
    return null;
  }
}

export function authenticationOptions(input: {
  rp: RelyingParty;
  credentials: { credentialId: string; transports: string[] }[];
}) {
  return generateAuthenticationOptions({
    rpID: input.rp.rpID,
    userVerification: "preferred",
    allowCredentials: input.credentials.map((c) => ({
      id: fromB64(c.credentialId),
      type: "public-key" as const,
      transports: asTransports(c.transports),
    })),
  });
}

/** The authenticator's new signature counter, or null: wrong challenge, origin, key, or a cloned authenticator. */
export async function verifyAssertion(input: {
  response: AuthenticationResponseJSON;
  expectedChallenge: string;
  rp: RelyingParty;
  passkey: { credentialId: string; publicKey: string; signCount: number; transports: string[] };
}): Promise<number | null> {
  try {
    const result = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: input.rp.origin,
      expectedRPID: input.rp.rpID,
      requireUserVerification: false,
      authenticator: {
        credentialID: fromB64(input.passkey.credentialId),
        credentialPublicKey: fromB64(input.passkey.publicKey),
        counter: input.passkey.signCount,
        transports: asTransports(input.passkey.transports),
      },
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
