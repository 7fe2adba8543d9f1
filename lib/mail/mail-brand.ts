/**
 * Who an email speaks for and where its links point. Client-user mail links to the agency's
 * portal host (or its verified custom domain); staff mail links to the console. Either way the
 * agency's name is on it, never the platform's.
 */
export type MailBrand = {
  agencyId: string;
  agencyName: string;
  senderName: string;
  primaryColor: string;
  primaryForeground: string;
  supportEmail: string | null;
  /** Origin every link in the email starts with, e.g. http://acme.localhost:3000 */
  linkOrigin: string;
  /** The agency's own verified From address and the DKIM key that signs for its domain; else MAIL_FROM. */
  sender?: { address: string; dkim: { domainName: string; keySelector: string; privateKey: string } };
};

export function linkTo(brand: MailBrand, path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, brand.linkOrigin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}
