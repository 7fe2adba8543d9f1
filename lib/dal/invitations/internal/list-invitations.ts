import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations } from "@/db/schema";
import { pageOf, type ListParams } from "@/lib/dal/internal/list-params";
import { toInvitationDto } from "../invitation-dto";

/** Newest first, keyset on (createdAt, id) through the cursor row — no offset, no clock precision issue. */
export async function listInvitations(db: Queryable, agencyId: string, clientId: string | null, params: ListParams) {
  const after = params.cursor
    ? sql`(${invitations.createdAt}, ${invitations.id}) < (select i.created_at, i.id from invitations i where i.id = ${params.cursor} and i.agency_id = ${agencyId})`
    : undefined;
  const rows = await db
    .select()
    .from(invitations)
    .where(and(
      eq(invitations.agencyId, agencyId),
      clientId ? eq(invitations.clientId, clientId) : isNull(invitations.clientId),
      after,
    ))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(params.limit + 1);
  const page = pageOf(rows, params.limit);
  return { items: page.items.map(toInvitationDto), nextCursor: page.nextCursor };
}
