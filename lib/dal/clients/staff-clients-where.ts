import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { clients } from "@/db/schema";
import type { StaffActor } from "@/lib/authz/actor";

/**
 * The clients a staff member sees (SPEC §4): the agency's live clients, narrowed to the assigned
 * ones for a member, or a manager with assignments. Every console list and aggregate starts here.
 */
export function staffClientsWhere(actor: StaffActor): SQL {
  const scope = actor.resolved.readScope;
  return and(
    eq(clients.agencyId, actor.agencyId),
    isNull(clients.archivedAt),
    scope.all ? undefined : scope.clientIds.length ? inArray(clients.id, [...scope.clientIds]) : sql`false`,
  )!;
}
