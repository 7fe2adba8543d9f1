import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { removeBrandFile, writeBrandFile, type BrandAssetKind } from "@/lib/branding/brand-files";
import { BrandingInput, FAVICON_MAX_BYTES, LOGO_MAX_BYTES } from "@/lib/branding/branding-input";
import { sniffImageType, type BrandImageType } from "@/lib/branding/image-type";
import { conflict, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "../internal/unique-violation";
import { toBrandingDto, type BrandingDto } from "./branding-dto";

export type BrandingUploads = { logo?: Uint8Array; favicon?: Uint8Array };

const RULES: Record<BrandAssetKind, { max: number; types: BrandImageType[]; label: string; formats: string }> = {
  logo: { max: LOGO_MAX_BYTES, types: ["png", "jpeg", "webp"], label: "Logo", formats: "PNG, JPEG or WebP" },
  favicon: { max: FAVICON_MAX_BYTES, types: ["png", "ico"], label: "Favicon", formats: "PNG or ICO" },
};

/**
 * Saves the agency's brand: name, portal slug, colour, contact, sender name, logo and favicon,
 * and its time zone (the one its clients read times in unless they have their own).
 * Every check (fields, file size, file type by its magic bytes, slug availability) passes before
 * anything is kept; files are written first and removed again if the transaction fails.
 * `branding_change` records before/after of what changed.
 */
export async function updateBranding(actor: Actor, raw: unknown, uploads: BrandingUploads = {}): Promise<BrandingDto> {
  const staff = requireStaff(actor, "settings.manage");
  const input = parseInput(BrandingInput, raw);
  const checked = (["logo", "favicon"] as const).flatMap((kind) => {
    const bytes = uploads[kind];
    return bytes ? [{ kind, bytes, type: checkUpload(kind, bytes) }] : [];
  });

  const written: Partial<Record<BrandAssetKind, string>> = {};
  const fresh: string[] = [];
  for (const file of checked) {
    const { name, existed } = await writeBrandFile(staff.agencyId, file.kind, file.bytes, file.type);
    written[file.kind] = name;
    if (!existed) fresh.push(name);
  }
  try {
    const { before, after } = await withTenant(staff.agencyId, async (tx) => {
      const [row] = await tx.select().from(agencies).where(eq(agencies.id, staff.agencyId)).for("update");
      if (!row) throw notFound();
      // Another agency's slug is invisible here (row-level security): the unique index below decides.
      const next = {
        name: input.name,
        slug: input.slug,
        primaryColor: input.primaryColor,
        supportEmail: input.supportEmail || null,
        senderName: input.senderName || null,
        logoPath: written.logo ?? (input.removeLogo ? null : row.logoPath),
        faviconPath: written.favicon ?? (input.removeFavicon ? null : row.faviconPath),
        timeZone: input.timeZone ?? row.timeZone,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
      if (changed.length === 0) return { before: row, after: row };
      const [updated] = await tx.update(agencies).set(next).where(eq(agencies.id, row.id)).returning();
      await emitAudit(tx, row.id, auditActorOf(staff), {
        action: "branding_change",
        target: { type: "agency", id: row.id },
        details: {
          before: Object.fromEntries(changed.map((k) => [k, row[k]])),
          after: Object.fromEntries(changed.map((k) => [k, next[k]])),
        },
      });
      return { before: row, after: updated };
    });
    // Replaced files are no longer referenced; new names differ from old ones by content hash.
    if (before.logoPath !== after.logoPath) await removeBrandFile(staff.agencyId, before.logoPath);
    if (before.faviconPath !== after.faviconPath) await removeBrandFile(staff.agencyId, before.faviconPath);
    return toBrandingDto(after);
  } catch (error) {
    for (const name of fresh) await removeBrandFile(staff.agencyId, name);
    // A slug another agency has (or claims at the same moment): the unique index settles it.
    if (isUniqueViolation(error)) throw conflict("That portal address is taken. Pick another.");
    throw error;
  }
}

function checkUpload(kind: BrandAssetKind, bytes: Uint8Array): BrandImageType {
  const rule = RULES[kind];
  if (bytes.length > rule.max)
    throw invalid(`${rule.label} is too large: at most ${rule.max / 1024} KB.`, { field: kind });
  const type = sniffImageType(bytes);
  // The bytes decide, not the file name or the browser's MIME type.
  if (!type || !rule.types.includes(type))
    throw invalid(`${rule.label} must be a ${rule.formats} image.`, { field: kind });
  return type;
}
