import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { providerConnections } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";

/** A connection of this agency, or 404 (another agency's id is simply not found). */
export async function findConnection(tx: Queryable, agencyId: string, id: string) {
  if (!isUuid(id)) throw notFound("Provider connection not found");
  const [row] = await tx
    .select()
    .from(providerConnections)
    .where(and(eq(providerConnections.agencyId, agencyId), eq(providerConnections.id, id)))
    .for("update");
  if (!row) throw notFound("Provider connection not found");
  return row;
}
