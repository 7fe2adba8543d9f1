import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { assertOwnClient } from "@/lib/dal/internal/assert-own-client";
import { ListParams, pageOf } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { clientUserColumns, toClientUserDto } from "./user-dto";

/** A client's active users by email, keyset-paginated (SPEC §9). */
export async function listClientUsers(actor: Actor, clientId: string, raw: unknown = {}) {
  requireClientTeam(actor, clientId);
  const params = parseInput(ListParams, raw);
  return withTenant(actor.agencyId, async (db) => {
    await assertOwnClient(db, actor.agencyId, clientId);
    const after = params.cursor
      ? sql`(lower(${users.email}), ${users.id}) > (select lower(u.email), u.id from users u where u.id = ${params.cursor} and u.agency_id = ${actor.agencyId})`
      : undefined;
    const rows = await db
      .select(clientUserColumns)
      .from(users)
      .where(and(eq(users.agencyId, actor.agencyId), eq(users.clientId, clientId), eq(users.kind, "client"), eq(users.status, "active"), after))
      .orderBy(asc(sql`lower(${users.email})`), asc(users.id))
      .limit(params.limit + 1);
    const page = pageOf(rows, params.limit);
    return { items: page.items.map(toClientUserDto), nextCursor: page.nextCursor };
  });
}
