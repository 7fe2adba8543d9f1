import "server-only";
import { newTotpSecret, totpUri } from "@/lib/auth/mfa/totp";
import { totpQrSvg } from "@/lib/auth/mfa/totp-qr";
import type { Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";
import { confirmPassword } from "./internal/confirm-password";
import { sealEnrolment } from "./internal/enrolment-ticket";

/**
 * Starts adding (or replacing) the authenticator app, after the password: the new secret waits in
 * a sealed ticket until its first code confirms it (confirm-totp-enrolment.ts). The QR code names
 * the agency, never the platform.
 */
export async function startTotpEnrolment(actor: Actor, password: string) {
  requireSelf(actor);
  await confirmPassword(actor, password);
  const secret = newTotpSecret();
  const svg = await totpQrSvg(totpUri({ secret, issuer: actor.agencyName, label: actor.email }));
  return {
    secret,
    ticket: sealEnrolment(actor.userId, { kind: "totp", secret }),
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}
