import { isIP } from "node:net";
import { z } from "zod";

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** "https://Portal.Example.com/login" → "portal.example.com": people paste URLs. */
export function normaliseDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/[/?#].*$/, "")
    .replace(/:\d+$/, "")
    .replace(/\.$/, "");
}

/**
 * A custom portal domain: a real DNS name with at least two labels and an alphabetic TLD,
 * not an IP, not ours (the console host or a subdomain of the portal root).
 */
export function domainSchema(appHost: string, portalRootDomain: string) {
  const ownHosts = [appHost, portalRootDomain].map((h) => h.toLowerCase().replace(/:\d+$/, ""));
  return z
    .string()
    .transform(normaliseDomain)
    .refine((d) => d.length > 0 && d.length <= 253, "Enter a domain like portal.youragency.com.")
    .refine((d) => isIP(d) === 0, "Use a domain name, not an IP address.")
    .refine((d) => {
      const labels = d.split(".");
      return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^[a-z]{2,63}$/.test(labels.at(-1)!);
    }, "Enter a domain like portal.youragency.com.")
    .refine(
      (d) => !ownHosts.some((own) => d === own || d.endsWith(`.${own}`)),
      "That address already belongs to the platform; use a domain you own.",
    );
}
