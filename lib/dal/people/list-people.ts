import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { ListParams, pageOf } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { personColumns } from "./person-dto";
import { requireTeam } from "./require-team";
import type { Team } from "./team";

/** A team's active people by email, keyset-paginated (SPEC §9); every staff member may see the staff. */
export async function listPeople<T extends Team>(actor: Actor, team: T, raw: unknown = {}) {
  const audience = requireTeam(actor, team, "read");
  const params = parseInput(ListParams, raw);
  return withTenant(audience.agencyId, async (db) => {
    await audience.assertExists(db);
    const after = params.cursor
      ? sql`(lower(${users.email}), ${users.id}) > (select lower(u.email), u.id from users u where u.id = ${params.cursor} and u.agency_id = ${audience.agencyId})`
      : undefined;
    const rows = await db
      .select(personColumns(audience.assignedIds()))
      .from(users)
      .where(and(audience.members(), eq(users.status, "active"), after))
      .orderBy(asc(sql`lower(${users.email})`), asc(users.id))
      .limit(params.limit + 1);
    const page = pageOf(rows, params.limit);
    return { items: page.items.map(audience.toDto), nextCursor: page.nextCursor };
  });
}
