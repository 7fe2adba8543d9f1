import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { scimDirectories } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { requireDirectoryTenant } from "./directory-tenant";

/** A directory of the caller's agency that the caller may configure; anything else is 404/403. */
export async function findOwnDirectory(tx: Tx, actor: Actor, agencyId: string, id: string) {
  if (!isUuid(id)) throw notFound("Directory not found");
  const [row] = await tx
    .select({ id: scimDirectories.id, clientId: scimDirectories.clientId })
    .from(scimDirectories)
    .where(and(eq(scimDirectories.agencyId, agencyId), eq(scimDirectories.id, id)));
  if (!row) throw notFound("Directory not found");
  return { ...row, tenant: requireDirectoryTenant(actor, row.clientId) };
}

/** The agency a staff actor belongs to (directories are configured by staff only). */
export function staffAgency(actor: Actor): string {
  if (actor.kind !== "agency") throw notFound();
  return actor.agencyId;
}
