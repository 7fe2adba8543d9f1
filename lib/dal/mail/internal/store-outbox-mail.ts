import { withTenant } from "@/db/tenant";
import { mailOutbox } from "@/db/schema";

/**
 * Development outbox: an email that would have gone out over SMTP. Not a verb — deliverMail
 * calls it for a verb that already checked its actor and audited its change.
 */
export async function storeOutboxMail(mail: { agencyId: string; from: string; to: string; subject: string; text: string; html: string }) {
  return withTenant(mail.agencyId, async (db) => {
    await db.insert(mailOutbox).values({
      agencyId: mail.agencyId,
      fromAddress: mail.from,
      toAddress: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  });
}
