import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scimDirectories } from "@/db/schema";
import { hashLinkToken } from "@/lib/auth/tokens";
import type { ScimDirectory } from "./directory";

/**
 * Bearer token → its directory. Runs as the owner because the token is what names the tenant
 * (like a session id); everything after it runs in withTenant of the directory's agency.
 */
export async function findDirectoryByToken(token: string): Promise<ScimDirectory | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: scimDirectories.id, agencyId: scimDirectories.agencyId, clientId: scimDirectories.clientId })
    .from(scimDirectories)
    .where(eq(scimDirectories.tokenHash, hashLinkToken(token)));
  return row ?? null;
}
