import "server-only";
import type { agencyDomains } from "@/db/schema";
import { getConfig } from "@/lib/config";

type DomainRow = typeof agencyDomains.$inferSelect;

export type DomainDto = {
  id: string;
  domain: string;
  verified: boolean;
  verifiedAt: string | null;
  createdAt: string;
  /** The DNS record the agency creates at its provider. */
  dns: { type: "CNAME"; name: string; value: string };
};

/** Where custom domains point: the portal root's host name (no port: DNS has none). */
export function cnameTarget(): string {
  return getConfig().portalRootDomain.replace(/:\d+$/, "");
}

export function toDomainDto(row: DomainRow): DomainDto {
  return {
    id: row.id,
    domain: row.domain,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    dns: { type: "CNAME", name: row.domain, value: cnameTarget() },
  };
}
