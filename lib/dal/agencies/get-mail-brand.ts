import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, agencyDomains } from "@/db/schema";
import { readableTextOn } from "@/lib/branding/contrast";
import { getConfig } from "@/lib/config";
import { portalOrigin } from "@/lib/hosts";
import { secretBox } from "@/lib/crypto/secret-box";
import type { MailBrand } from "@/lib/mail/mail-brand";
import { dkimKeyBinding, senderDomain } from "./sender-dto";

/**
 * The agency's brand for an email. Client users' links go to its portal: the first verified
 * custom domain when it has one, else {slug}.{PORTAL_ROOT_DOMAIN}; staff links go to the console.
 */
export async function getMailBrand(db: Queryable, agencyId: string, audience: "client" | "staff"): Promise<MailBrand> {
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  const config = getConfig();
  let linkOrigin = config.appUrl.origin;
  if (audience === "client") {
    const [domain] = await db
      .select({ domain: agencyDomains.domain })
      .from(agencyDomains)
      .where(and(eq(agencyDomains.agencyId, agencyId), isNotNull(agencyDomains.verifiedAt)))
      .orderBy(asc(agencyDomains.createdAt))
      .limit(1);
    linkOrigin = domain
      ? `${config.appUrl.protocol}//${domain.domain}`
      : portalOrigin(agency.slug, config.appUrl, config.portalRootDomain);
  }
  return {
    agencyId,
    agencyName: agency.name,
    senderName: agency.senderName?.trim() || agency.name,
    primaryColor: agency.primaryColor,
    primaryForeground: readableTextOn(agency.primaryColor),
    supportEmail: agency.supportEmail,
    linkOrigin,
    sender: verifiedSender(agency),
  };
}

/** The agency's address once its SPF and DKIM records were found, with its DKIM key opened. */
function verifiedSender(agency: typeof agencies.$inferSelect): MailBrand["sender"] {
  const { senderAddress, senderVerifiedAt, senderDkimSelector, senderDkimPrivateKey } = agency;
  if (!senderAddress || !senderVerifiedAt || !senderDkimSelector || !senderDkimPrivateKey) return undefined;
  return {
    address: senderAddress,
    dkim: {
      domainName: senderDomain(senderAddress),
      keySelector: senderDkimSelector,
      privateKey: secretBox().open(senderDkimPrivateKey, dkimKeyBinding(agency.id)),
    },
  };
}
