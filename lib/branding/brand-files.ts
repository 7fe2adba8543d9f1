import { createHash } from "node:crypto";
import { appStore } from "@/lib/storage/app-store";
import { readObject } from "@/lib/storage/object-store";
import { isUuid } from "@/lib/uuid";
import { BRAND_IMAGE_CONTENT_TYPES, BRAND_IMAGE_EXTENSIONS, type StoredImageType } from "./image-type";

export type BrandAssetKind = "logo" | "favicon";

// The only names ever written, so a stored path can never point outside the agency's folder.
const FILE_NAME = /^(logo|favicon)-[0-9a-f]{16}\.(png|jpg|webp|ico|svg)$/;

function brandKey(agencyId: string, name: string): string {
  if (!isUuid(agencyId)) throw new Error("Brand files belong to an agency id");
  return `brand/${agencyId}/${name}`;
}

/**
 * Stores an uploaded image in the object store under brand/{agencyId}/ (DATA_DIR/brand/… by
 * default), named by kind and content hash: a new upload gets a new name, so a cached old
 * logo can be cached forever.
 */
export async function writeBrandFile(
  agencyId: string,
  kind: BrandAssetKind,
  bytes: Uint8Array,
  type: StoredImageType,
): Promise<{ name: string; existed: boolean }> {
  const name = `${kind}-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${BRAND_IMAGE_EXTENSIONS[type]}`;
  const key = brandKey(agencyId, name);
  const store = appStore();
  // The same image uploaded again: keep the file (it may be the one in use) and say so.
  if (await store.stat(key)) return { name, existed: true };
  await store.put(key, bytes, { contentType: BRAND_IMAGE_CONTENT_TYPES[type] });
  return { name, existed: false };
}

/** The image, or null when the name is not one we write or the file is gone; 503 when the store is down. */
export async function readBrandFile(agencyId: string, name: string): Promise<Buffer | null> {
  if (!FILE_NAME.test(name)) return null;
  return readObject(appStore(), brandKey(agencyId, name));
}

/** Best effort: a file left behind is harmless, a failed save must not depend on it. */
export async function removeBrandFile(agencyId: string, name: string | null): Promise<void> {
  if (!name || !FILE_NAME.test(name)) return;
  await appStore()
    .delete(brandKey(agencyId, name))
    .catch(() => {});
}
