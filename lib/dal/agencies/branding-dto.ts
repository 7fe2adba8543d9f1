import "server-only";
import type { agencies } from "@/db/schema";
import { readableTextOn } from "@/lib/branding/contrast";
import { getConfig } from "@/lib/config";
import { portalOrigin } from "@/lib/hosts";

type AgencyRow = typeof agencies.$inferSelect;

export type BrandingDto = {
  name: string;
  slug: string;
  portalUrl: string;
  primaryColor: string;
  primaryForeground: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  supportEmail: string;
  senderName: string;
  timeZone: string;
};

export function brandAssetUrl(agencyId: string, kind: "logo" | "favicon", fileName: string | null): string | null {
  return fileName ? `/brand-assets/${agencyId}/${kind}?v=${encodeURIComponent(fileName)}` : null;
}

export function toBrandingDto(row: AgencyRow): BrandingDto {
  const config = getConfig();
  return {
    name: row.name,
    slug: row.slug,
    portalUrl: portalOrigin(row.slug, config.appUrl, config.portalRootDomain),
    primaryColor: row.primaryColor,
    primaryForeground: readableTextOn(row.primaryColor),
    logoUrl: brandAssetUrl(row.id, "logo", row.logoPath),
    faviconUrl: brandAssetUrl(row.id, "favicon", row.faviconPath),
    supportEmail: row.supportEmail ?? "",
    senderName: row.senderName ?? "",
    timeZone: row.timeZone,
  };
}
