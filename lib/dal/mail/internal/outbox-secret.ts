import "server-only";
import { secretBox, SecretBoxError } from "@/lib/crypto/secret-box";
import type { MailSecret } from "@/lib/mail/secret-audience";

/**
 * Where the secret stood in a stored outbox email. The stored text and html never hold the
 * token itself: a database reader (or an outbox viewer the secret is not for) finds this word.
 */
export const SECRET_PLACEHOLDER = "{{link-secret}}";

/** What a viewer the secret is not for sees in its place: not a token, so the link opens nothing. */
export const HIDDEN_SECRET = "hidden";

type Parts = { subject: string; text: string; html: string };

/** Cuts every occurrence of the secret out of the email and seals it, bound to the outbox row. */
export function sealOutboxSecret(mailId: string, parts: Parts, secret: MailSecret | null) {
  if (!secret) return { ...parts, secret: null, secretAudience: null };
  const cut = (value: string) => value.split(secret.value).join(SECRET_PLACEHOLDER);
  return {
    subject: cut(parts.subject),
    text: cut(parts.text),
    html: cut(parts.html),
    secret: secretBox().seal(secret.value, boundTo(mailId)),
    secretAudience: secret.audience,
  };
}

/** The stored email with the secret put back (`reveal`) or the placeholder turned into "hidden". */
export function restoreOutboxSecret(mailId: string, parts: Parts, sealed: string | null, reveal: boolean): Parts {
  const value = reveal && sealed ? openOrHidden(mailId, sealed) : HIDDEN_SECRET;
  const put = (stored: string) => stored.split(SECRET_PLACEHOLDER).join(value);
  return { subject: put(parts.subject), text: put(parts.text), html: put(parts.html) };
}

const boundTo = (mailId: string) => `mail_outbox:${mailId}`;

// Sealed under an earlier AUTH_SECRET (or copied from another row): the link is lost, not a 500.
function openOrHidden(mailId: string, sealed: string): string {
  try {
    return secretBox().open(sealed, boundTo(mailId));
  } catch (error) {
    if (error instanceof SecretBoxError) return HIDDEN_SECRET;
    throw error;
  }
}
