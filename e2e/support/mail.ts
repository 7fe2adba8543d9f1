import { expect } from "@playwright/test";

// The SMTP receiver playwright.config.ts starts beside the servers (scripts/e2e-smtp.mjs).
const MAIL_API = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 51}`;

export type ReceivedMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
};

/**
 * Waits for an email to this address that arrived after `since` (both projects' servers mail
 * the same receiver, so an older message may be another run's).
 */
export async function waitForMail(to: string, since: Date): Promise<ReceivedMail> {
  let found: ReceivedMail[] = [];
  await expect
    .poll(
      async () => {
        const all: ReceivedMail[] = await (await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`)).json();
        found = all.filter((m) => new Date(m.receivedAt) >= since);
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(1);
  return found[found.length - 1];
}

/** The one link with this path in an email's text body. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
  if (!link) throw new Error(`No ${path} link in: ${mail.text}`);
  return link;
}
