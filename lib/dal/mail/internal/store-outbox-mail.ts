import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { mailOutbox } from "@/db/schema";
import type { MailSecret } from "@/lib/mail/secret-audience";
import { sealOutboxSecret } from "./outbox-secret";

/**
 * Development outbox: an email that would have gone out over SMTP. Not a verb — deliverMail
 * calls it for a verb that already checked its actor and audited its change. A secret the
 * email carries is stored sealed and cut out of its text (see outbox-secret.ts): the outbox
 * shows it only to its audience.
 */
export async function storeOutboxMail(mail: {
  agencyId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  secret: MailSecret | null;
}) {
  const id = randomUUID();
  const stored = sealOutboxSecret(id, { subject: mail.subject, text: mail.text, html: mail.html }, mail.secret);
  return withTenant(mail.agencyId, async (db) => {
    await db.insert(mailOutbox).values({
      id,
      agencyId: mail.agencyId,
      fromAddress: mail.from,
      toAddress: mail.to,
      subject: stored.subject,
      text: stored.text,
      html: stored.html,
      secret: stored.secret,
      secretAudience: stored.secretAudience,
    });
  });
}
