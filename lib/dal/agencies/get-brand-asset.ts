import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { readBrandFile, type BrandAssetKind } from "@/lib/branding/brand-files";
import { BRAND_IMAGE_CONTENT_TYPES, storedImageType } from "@/lib/branding/image-type";
import { isUuid } from "@/lib/uuid";

/**
 * An agency's logo or favicon. Public on purpose — the sign-in page shows it before anyone is
 * signed in — but only the file the agency row currently names, of an agency that exists.
 */
export async function getBrandAsset(
  agencyId: string,
  kind: string,
): Promise<{ bytes: Buffer; contentType: string; name: string } | null> {
  if (!isUuid(agencyId) || (kind !== "logo" && kind !== "favicon")) return null;
  // The agency named in the address is the tenant of this read.
  const [row] = await withTenant(agencyId, (db) =>
    db
      .select({ logoPath: agencies.logoPath, faviconPath: agencies.faviconPath })
      .from(agencies)
      .where(eq(agencies.id, agencyId)),
  );
  const name = (kind as BrandAssetKind) === "logo" ? row?.logoPath : row?.faviconPath;
  if (!name) return null;
  const bytes = await readBrandFile(agencyId, name);
  const type = bytes ? storedImageType(name, bytes) : null;
  if (!bytes || !type) return null;
  return { bytes, contentType: BRAND_IMAGE_CONTENT_TYPES[type], name };
}
