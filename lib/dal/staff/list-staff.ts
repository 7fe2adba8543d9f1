import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { ListParams, pageOf } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { staffColumns, toStaffDto } from "./staff-dto";

/** The agency's active staff by email, keyset-paginated; every staff member may see the team. */
export async function listStaff(actor: Actor, raw: unknown = {}) {
  const staff = requireStaff(actor, "staff.read");
  const params = parseInput(ListParams, raw);
  return withTenant(staff.agencyId, async (db) => {
    const after = params.cursor
      ? sql`(lower(${users.email}), ${users.id}) > (select lower(u.email), u.id from users u where u.id = ${params.cursor} and u.agency_id = ${staff.agencyId})`
      : undefined;
    const rows = await db
      .select(staffColumns)
      .from(users)
      .where(and(eq(users.agencyId, staff.agencyId), eq(users.kind, "agency"), eq(users.status, "active"), after))
      .orderBy(asc(sql`lower(${users.email})`), asc(users.id))
      .limit(params.limit + 1);
    const page = pageOf(rows, params.limit);
    return { items: page.items.map((row) => toStaffDto(row, staff.resolved.readScope)), nextCursor: page.nextCursor };
  });
}
