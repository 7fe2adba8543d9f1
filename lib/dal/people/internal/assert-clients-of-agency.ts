import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clients } from "@/db/schema";
import { invalid } from "@/lib/errors";

/** Staff client assignments must name the agency's own, unarchived clients. */
export async function assertClientsOfAgency(tx: Queryable, agencyId: string, clientIds: string[]) {
  if (clientIds.length === 0) return;
  const found = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.agencyId, agencyId), isNull(clients.archivedAt), inArray(clients.id, clientIds)));
  if (found.length !== new Set(clientIds).size)
    throw invalid("clientIds: every client must be one of this agency's clients.");
}
