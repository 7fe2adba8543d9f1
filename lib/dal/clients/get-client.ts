import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { enabledSections } from "@/lib/authz/catalogue";
import { canEditClient, requireStaffOnClient } from "@/lib/authz/guards";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { agentCountSql, callFiguresThisMonth, pendingInvitationCountSql, userCountSql } from "./client-counts";
import { toClientDto } from "./client-dto";

/** One client as the console shows it: the §9 shape, its badge row and its figures. */
export async function getClient(actor: Actor, clientId: string) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  const staff = requireStaffOnClient(actor, clientId, "client.read");
  const month = callFiguresThisMonth();
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db
      .select({
        client: clients,
        userCount: userCountSql,
        pendingInvitationCount: pendingInvitationCountSql,
        agentCount: agentCountSql,
        callsThisMonth: month.calls,
        secondsThisMonth: month.seconds,
        spendThisMonthCents: month.costCents,
        agencyTimeZone: agencies.timeZone,
      })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
    if (!row) throw notFound("Client not found");
    const permissions = valuesOf(row.client.permissions);
    return {
      ...toClientDto(row.client),
      enabledSections: enabledSections(permissions),
      userCount: row.userCount,
      pendingInvitationCount: row.pendingInvitationCount,
      agentCount: row.agentCount,
      thisMonth: {
        calls: row.callsThisMonth,
        minutes: Math.round(row.secondsThisMonth / 60),
        spendCents: row.spendThisMonthCents,
      },
      /** The zone the client follows while its own timeZone is null. */
      agencyTimeZone: row.agencyTimeZone,
      canEdit: canEditClient(staff, clientId),
      canArchive: staff.resolved.capabilities.has("clients.archive"),
    };
  });
}

export type ClientDetailDto = Awaited<ReturnType<typeof getClient>>;
