import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, agencyDomains } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { portalOrigin } from "@/lib/hosts";

export type ConnectionUrls = {
  spEntityId: string;
  acsUrl: string;
  metadataUrl: string;
  callbackUrl: string;
  startUrl: string;
};

/**
 * Where a connection's sign-in lives: the console for staff, the agency's portal host (its first
 * verified custom domain when it has one) for a client's users — never the platform's host on a
 * client's URLs or SP metadata.
 */
export async function connectionOrigin(db: Queryable, agencyId: string, clientId: string | null): Promise<string> {
  const config = getConfig();
  if (!clientId) return config.appUrl.origin;
  const [custom] = await db
    .select({ domain: agencyDomains.domain })
    .from(agencyDomains)
    .where(and(eq(agencyDomains.agencyId, agencyId), isNotNull(agencyDomains.verifiedAt)))
    .orderBy(asc(agencyDomains.verifiedAt))
    .limit(1);
  if (custom) return `${config.appUrl.protocol}//${custom.domain}`;
  const [agency] = await db.select({ slug: agencies.slug }).from(agencies).where(eq(agencies.id, agencyId));
  return portalOrigin(agency?.slug ?? "", config.appUrl, config.portalRootDomain);
}

export function connectionUrls(origin: string, connectionId: string): ConnectionUrls {
  const base = `${origin}/api/sso/${connectionId}`;
  return {
    spEntityId: `${base}/metadata`,
    acsUrl: `${base}/acs`,
    metadataUrl: `${base}/metadata`,
    callbackUrl: `${base}/callback`,
    startUrl: `${base}/start`,
  };
}
