import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { requireSsoAdmin } from "../require-sso-admin";

/** One connection the actor may configure; anything else does not exist (404). */
export async function loadConnection(tx: Queryable, actor: Actor, id: string) {
  if (!isUuid(id) || actor.kind !== "agency") throw notFound("Connection not found");
  const [row] = await tx
    .select()
    .from(ssoConnections)
    .where(and(eq(ssoConnections.id, id), eq(ssoConnections.agencyId, actor.agencyId)));
  if (!row) throw notFound("Connection not found");
  try {
    requireSsoAdmin(actor, row.clientId);
  } catch (error) {
    // Outside what the actor may configure the connection is not there at all.
    if (row.clientId) throw error;
    throw notFound("Connection not found");
  }
  return row;
}
