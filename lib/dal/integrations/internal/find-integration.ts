import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { integrations } from "@/db/schema";
import type { ClientActor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";

/** One of the client's integrations (locked when written), or not found. */
export async function findIntegration(db: Queryable, client: ClientActor, id: string, opts: { lock?: boolean } = {}) {
  if (!isUuid(id)) throw notFound("Integration not found");
  const query = db
    .select()
    .from(integrations)
    .where(
      and(
        eq(integrations.agencyId, client.agencyId),
        eq(integrations.clientId, client.clientId),
        eq(integrations.id, id),
      ),
    );
  const [row] = opts.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Integration not found");
  return row;
}
