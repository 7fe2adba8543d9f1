import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { notFound } from "@/lib/errors";

/**
 * One invitation of this agency, locked for a resend or revoke: of this client, or a staff
 * invitation when clientId is null. Anything else is not found.
 */
export async function lockInvitation(tx: Queryable, agencyId: string, clientId: string | null, id: string) {
  if (!isUuid(id)) throw notFound("Invitation not found");
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.agencyId, agencyId),
        eq(invitations.id, id),
        clientId ? eq(invitations.clientId, clientId) : isNull(invitations.clientId),
      ),
    )
    .for("update");
  if (!row) throw notFound("Invitation not found");
  return row;
}
