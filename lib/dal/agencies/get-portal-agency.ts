import "server-only";
import { cache } from "react";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, agencyDomains } from "@/db/schema";
import { readableTextOn } from "@/lib/branding/contrast";
import { getConfig } from "@/lib/config";
import { classifyHost } from "@/lib/hosts";

export type PortalAgency = {
  id: string;
  slug: string;
  name: string;
  primaryColor: string;
  primaryForeground: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  supportEmail: string | null;
};

/**
 * The agency whose portal this host is (slug subdomain or a custom domain), or null for the
 * console host and unknown hosts. Public branding only: safe before sign-in.
 */
export const getPortalAgency = cache(async (host: string | null): Promise<PortalAgency | null> => {
  const config = getConfig();
  const where = classifyHost(host, config.appHost, config.portalRootDomain);
  if (where.kind === "app") return null;
  const db = await getDb();
  const query = db.select().from(agencies);
  const [row] =
    where.kind === "portal"
      ? await query.where(sql`lower(${agencies.slug}) = ${where.slug}`)
      : await query.where(
          sql`${agencies.id} = (select ${agencyDomains.agencyId} from ${agencyDomains} where ${agencyDomains.domain} = ${where.host} and ${agencyDomains.verifiedAt} is not null)`,
        );
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    primaryColor: row.primaryColor,
    primaryForeground: readableTextOn(row.primaryColor),
    logoUrl: row.logoPath ? `/brand-assets/${row.id}/logo?v=${encodeURIComponent(row.logoPath)}` : null,
    faviconUrl: row.faviconPath ? `/brand-assets/${row.id}/favicon?v=${encodeURIComponent(row.faviconPath)}` : null,
    supportEmail: row.supportEmail,
  };
});
