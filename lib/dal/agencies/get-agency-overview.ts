import "server-only";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, calls, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { pendingInvitationCountSql, userCountSql } from "@/lib/dal/clients/client-counts";
import { startOfMonthIn } from "@/lib/time-zones/zoned-day";
import { staffClientsWhere } from "@/lib/dal/clients/staff-clients-where";

/**
 * The console overview (SPEC §6): this month's calls, minutes and spend, and the clients that need
 * attention, over exactly the clients the viewer may see. Two aggregate statements, whatever the
 * number of clients. "This month" is the agency's month, in its own time zone.
 */
export async function getAgencyOverview(actor: Actor) {
  const staff = requireStaff(actor, "client.read");
  return withTenant(staff.agencyId, async (db) => {
    const [agency] = await db
      .select({ timeZone: agencies.timeZone })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId));
    const monthStart = startOfMonthIn(agency.timeZone);
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
      timeZone: agency.timeZone,
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
