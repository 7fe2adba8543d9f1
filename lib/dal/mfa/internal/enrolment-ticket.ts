import "server-only";
import { secretBox, SecretBoxError } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";

/** A set-up started on the account page must be finished within 10 minutes. */
const TICKET_SECONDS = 10 * 60;

type Pending = { kind: "totp"; secret: string } | { kind: "passkey"; challenge: string };

/**
 * What a started enrolment waits with (the new app's secret, the passkey's challenge), sealed
 * for the browser to hand back with its answer: bound to the user, expiring, unreadable to it.
 * Nothing is stored until the answer checks out, and any instance can finish what another began.
 */
export function sealEnrolment(userId: string, pending: Pending): string {
  return secretBox().seal(JSON.stringify({ ...pending, exp: Date.now() + TICKET_SECONDS * 1000 }), boundTo(userId));
}

export function openEnrolment<K extends Pending["kind"]>(
  userId: string,
  ticket: string,
  kind: K,
): Extract<Pending, { kind: K }> {
  const expired = invalid("This set-up has expired. Start again.");
  if (typeof ticket !== "string" || ticket.length > 4096) throw expired;
  let parsed: (Pending & { exp: number }) | undefined;
  try {
    parsed = JSON.parse(secretBox().open(ticket, boundTo(userId)));
  } catch (error) {
    if (error instanceof SecretBoxError || error instanceof SyntaxError) throw expired;
    throw error;
  }
  if (!parsed || parsed.kind !== kind || typeof parsed.exp !== "number" || parsed.exp < Date.now()) throw expired;
  return parsed as unknown as Extract<Pending, { kind: K }>;
}

const boundTo = (userId: string) => `mfa-enrolment:${userId}`;
