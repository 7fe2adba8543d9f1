import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clients } from "@/db/schema";
import { notFound } from "@/lib/errors";

/** Another agency's (or an archived) client does not exist: 404, not an empty list. */
export async function assertOwnClient(db: Queryable, agencyId: string, clientId: string) {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
  if (!row) throw notFound("Client not found");
}
