import { createHash } from "node:crypto";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { isUuid } from "@/lib/uuid";
import { BRAND_IMAGE_EXTENSIONS, type StoredImageType } from "./image-type";

export type BrandAssetKind = "logo" | "favicon";

// The only names ever written, so a stored path can never point outside the agency's folder.
const FILE_NAME = /^(logo|favicon)-[0-9a-f]{16}\.(png|jpg|webp|ico|svg)$/;

function agencyDir(agencyId: string): string {
  if (!isUuid(agencyId)) throw new Error("Brand files belong to an agency id");
  return path.join(getConfig().dataDir, "brand", agencyId);
}

/**
 * Stores an uploaded image under DATA_DIR/brand/{agencyId}/, named by kind and content hash:
 * a new upload gets a new name, so a cached old logo can be cached forever.
 */
export async function writeBrandFile(agencyId: string, kind: BrandAssetKind, bytes: Uint8Array, type: StoredImageType): Promise<{ name: string; existed: boolean }> {
  const name = `${kind}-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${BRAND_IMAGE_EXTENSIONS[type]}`;
  const dir = agencyDir(agencyId);
  const target = path.join(dir, name);
  // The same image uploaded again: keep the file (it may be the one in use) and say so.
  if (await access(target).then(() => true, () => false)) return { name, existed: true };
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  await writeFile(temp, bytes);
  await rename(temp, target);
  return { name, existed: false };
}

export async function readBrandFile(agencyId: string, name: string): Promise<Buffer | null> {
  if (!FILE_NAME.test(name)) return null;
  try {
    return await readFile(path.join(agencyDir(agencyId), name));
  } catch {
    return null;
  }
}

/** Best effort: a file left behind is harmless, a failed save must not depend on it. */
export async function removeBrandFile(agencyId: string, name: string | null): Promise<void> {
  if (!name || !FILE_NAME.test(name)) return;
  await rm(path.join(agencyDir(agencyId), name), { force: true }).catch(() => {});
}
