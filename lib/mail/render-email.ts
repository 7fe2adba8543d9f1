import type { MailBrand } from "./mail-brand";
import type { MailSecret } from "./secret-audience";

/** `secret`: the access-granting token inside the links, and who may see it (null: none). */
export type RenderedEmail = { subject: string; html: string; text: string; secret: MailSecret | null };

const escape = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/**
 * The one branded layout of every email: the agency's name and colour on top, a button, the
 * same link spelled out (for clients that strip buttons), a footnote. Every value is escaped.
 */
export function renderEmail(
  brand: MailBrand,
  content: {
    subject: string;
    heading: string;
    paragraphs: string[];
    action: { label: string; url: string };
    footnote: string;
    /** Every template says whether its link carries a secret and whose it is; see secret-audience.ts. */
    secret: MailSecret | null;
  },
): RenderedEmail {
  const support = brand.supportEmail ? ` Questions? Write to ${brand.supportEmail}.` : "";
  const text = [
    brand.agencyName,
    "",
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    `${content.action.label}: ${content.action.url}`,
    "",
    `${content.footnote}${support}`,
    "",
    `— ${brand.senderName}`,
  ].join("\n");
  const html = `<!doctype html>
<html><body style="margin:0;background:#f4f4f5;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#18181b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="padding:24px 12px"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${escape(brand.primaryColor)};color:${escape(brand.primaryForeground)};padding:16px 24px;font-size:18px;font-weight:600">${escape(brand.agencyName)}</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:20px">${escape(content.heading)}</h1>
${content.paragraphs.map((p) => `<p style="margin:0 0 12px;line-height:1.5">${escape(p)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${escape(content.action.url)}" style="display:inline-block;background:${escape(brand.primaryColor)};color:${escape(brand.primaryForeground)};padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escape(content.action.label)}</a></p>
<p style="margin:0 0 12px;font-size:13px;color:#52525b">Or open this link: <a href="${escape(content.action.url)}" style="color:#52525b">${escape(content.action.url)}</a></p>
<p style="margin:16px 0 0;font-size:13px;color:#71717a">${escape(content.footnote + support)}</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#a1a1aa">Sent by ${escape(brand.senderName)}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject: content.subject, html, text, secret: content.secret };
}
