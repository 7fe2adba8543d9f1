export type BrandImageType = "png" | "jpeg" | "webp" | "ico";
/**
 * What may be stored: uploads (sniffed below) plus the SVG marks the platform draws itself
 * (lib/branding/initials-logo.ts). An SVG is never accepted from an upload; a stored .svg name
 * can only come from our own generator, since upload names are derived from the sniffed type.
 */
export type StoredImageType = BrandImageType | "svg";

export const BRAND_IMAGE_CONTENT_TYPES: Record<StoredImageType, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  ico: "image/x-icon",
  svg: "image/svg+xml",
};

export const BRAND_IMAGE_EXTENSIONS: Record<StoredImageType, string> = {
  png: "png",
  jpeg: "jpg",
  webp: "webp",
  ico: "ico",
  svg: "svg",
};

/** The type of a stored brand file: generated SVGs by their name, everything else by its bytes. */
export function storedImageType(name: string, bytes: Uint8Array): StoredImageType | null {
  return name.endsWith(".svg") ? "svg" : sniffImageType(bytes);
}

/**
 * What an upload really is, from its first bytes. The browser's MIME type and the file name are
 * the uploader's word; an SVG or HTML file renamed logo.png must not be served as an image of
 * ours (SVG can carry script).
 */
export function sniffImageType(bytes: Uint8Array): BrandImageType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  )
    return "webp";
  // ICONDIR: reserved 0, type 1 (icon), at least one image.
  if (starts(0x00, 0x00, 0x01, 0x00) && bytes.length > 6 && (bytes[4] | (bytes[5] << 8)) > 0) return "ico";
  return null;
}
