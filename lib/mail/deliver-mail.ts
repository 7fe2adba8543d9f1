import nodemailer, { type Transporter } from "nodemailer";
import { getConfig } from "@/lib/config";
import { storeOutboxMail } from "@/lib/dal/mail/internal/store-outbox-mail";
import type { MailBrand } from "./mail-brand";
import type { RenderedEmail } from "./render-email";

export type Delivery = "sent" | "outbox";

const store = globalThis as unknown as { __switchboardMail?: { url: string; transport: Transporter } };

function transportFor(url: string): Transporter {
  if (store.__switchboardMail?.url !== url)
    store.__switchboardMail = { url, transport: nodemailer.createTransport(url) };
  return store.__switchboardMail.transport;
}

/**
 * SMTP when SMTP_URL is set; otherwise the development outbox the console shows. The display
 * name is always the agency's sender name; the address is the agency's own once verified (and
 * the message DKIM-signed for its domain), else MAIL_FROM.
 */
export async function deliverMail(brand: MailBrand, to: string, email: RenderedEmail): Promise<Delivery> {
  const config = getConfig();
  const from = { name: brand.senderName, address: brand.sender?.address ?? config.mailFrom };
  if (!config.smtpUrl) {
    await storeOutboxMail({
      agencyId: brand.agencyId,
      from: `"${from.name.replace(/"/g, "")}" <${from.address}>`,
      to,
      ...email,
    });
    return "outbox";
  }
  await transportFor(config.smtpUrl).sendMail({
    from,
    to,
    replyTo: brand.supportEmail ?? undefined,
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(brand.sender ? { dkim: brand.sender.dkim } : {}),
  });
  return "sent";
}
