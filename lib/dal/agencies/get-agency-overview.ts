import "server-only";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { pendingInvitationCountSql, startOfUtcMonth, userCountSql } from "@/lib/dal/clients/client-counts";
import { staffClientsWhere } from "@/lib/dal/clients/staff-clients-where";

/**
 * The console overview (SPEC §6): this month's calls, minutes and spend, and the clients that need
 * attention, over exactly the clients the viewer may see. Two aggregate statements, whatever the
 * number of clients.
 */
export async function getAgencyOverview(actor: Actor) {
  const staff = requireStaff(actor, "client.read");
  const monthStart = startOfUtcMonth();
  return withTenant(staff.agencyId, async (db) => {
    const visible = db.select({ id: clients.id }).from(clients).where(staffClientsWhere(staff));
    const [month] = await db
      .select({
        calls: sql<number>`count(*)::int`.mapWith(Number),
        seconds: sql<number>`coalesce(sum(${calls.durationSeconds}), 0)::bigint`.mapWith(Number),
        spendCents: sql<number>`coalesce(sum(${calls.costCents}), 0)::bigint`.mapWith(Number),
      })
      .from(calls)
      .where(
        and(eq(calls.agencyId, staff.agencyId), gte(calls.startedAt, monthStart), inArray(calls.clientId, visible)),
      );
    const [people] = await db
      .select({
        clients: sql<number>`count(*)::int`.mapWith(Number),
        withoutUsers: sql<number>`count(*) filter (where ${userCountSql} = 0)::int`.mapWith(Number),
        suspended: sql<number>`count(*) filter (where ${clients.portalAccess} = 'suspended')::int`.mapWith(Number),
        pendingInvitations: sql<number>`coalesce(sum(${pendingInvitationCountSql}), 0)::int`.mapWith(Number),
      })
      .from(clients)
      .where(staffClientsWhere(staff));
    return {
      monthStart: monthStart.toISOString(),
      clientCount: people.clients,
      callsThisMonth: month.calls,
      minutesThisMonth: Math.round(month.seconds / 60),
      spendThisMonthCents: month.spendCents,
      clientsWithoutUsers: people.withoutUsers,
      suspendedPortals: people.suspended,
      pendingInvitations: people.pendingInvitations,
    };
  });
}

export type AgencyOverviewDto = Awaited<ReturnType<typeof getAgencyOverview>>;
