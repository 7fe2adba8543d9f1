import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { notFound } from "@/lib/errors";
import { clientUserColumns } from "../user-dto";

/** An active user of this client of this agency, locked for a change; anything else is not found. */
export async function lockClientUser(tx: Queryable, agencyId: string, clientId: string, userId: string) {
  if (!isUuid(userId)) throw notFound("User not found");
  const [row] = await tx
    .select(clientUserColumns)
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.clientId, clientId), eq(users.kind, "client"), eq(users.status, "active"), eq(users.id, userId)))
    .for("update");
  if (!row) throw notFound("User not found");
  return row;
}
