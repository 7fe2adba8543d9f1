import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { invitations } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { ListParams, pageOf } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { toInvitationDto } from "./invitation-dto";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/**
 * A team's invitations, every status, newest first: keyset on (createdAt, id) through the cursor
 * row — no offset, no clock precision issue. Staff invitations are the owners' and admins'.
 */
export async function listInvitations(actor: Actor, team: Team, raw: unknown = {}) {
  const audience = requireTeam(actor, team, "invitations");
  const params = parseInput(ListParams, raw);
  const { agencyId, clientId } = audience;
  return withTenant(agencyId, async (db) => {
    await audience.assertExists(db);
    const after = params.cursor
      ? sql`(${invitations.createdAt}, ${invitations.id}) < (select i.created_at, i.id from invitations i where i.id = ${params.cursor} and i.agency_id = ${agencyId})`
      : undefined;
    const rows = await db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.agencyId, agencyId),
          clientId ? eq(invitations.clientId, clientId) : isNull(invitations.clientId),
          after,
        ),
      )
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(params.limit + 1);
    const page = pageOf(rows, params.limit);
    return { items: page.items.map(toInvitationDto), nextCursor: page.nextCursor };
  });
}
