import "server-only";
import { and, asc, eq, gt, or } from "drizzle-orm";
import { aiAgents, clients, providerAgents, providerConnections } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { scopeIncludes } from "@/lib/authz/resolve";
import { ListParams } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";

/**
 * Every agent imported from the agency's providers (SPEC §9 `GET /api/v1/agents`): provider,
 * client (null while unassigned), status, numbers; by name, keyset-paginated on (name, id). A
 * staff member limited to some clients sees unassigned agents and those of their clients.
 */
export async function listProviderAgents(actor: Actor, raw: unknown = {}) {
  const staff = requireStaff(actor, "client.read");
  const { cursor, limit } = parseInput(ListParams, raw);
  return withTenant(staff.agencyId, async (db) => {
    const after = cursor
      ? (await db.select({ name: providerAgents.name }).from(providerAgents).where(eq(providerAgents.id, cursor)))[0]
      : undefined;
    const rows = await db
      .select({
        id: providerAgents.id,
        name: providerAgents.name,
        provider: providerConnections.provider,
        connectionId: providerAgents.connectionId,
        externalId: providerAgents.externalId,
        status: providerAgents.status,
        phoneNumbers: providerAgents.phoneNumbers,
        agentId: providerAgents.agentId,
        lastSyncedAt: providerAgents.lastSyncedAt,
        clientId: aiAgents.clientId,
        clientName: clients.name,
        ownConnection: providerConnections.clientId,
      })
      .from(providerAgents)
      .innerJoin(providerConnections, eq(providerConnections.id, providerAgents.connectionId))
      .leftJoin(aiAgents, eq(aiAgents.id, providerAgents.agentId))
      .leftJoin(clients, eq(clients.id, aiAgents.clientId))
      .where(
        and(
          eq(providerAgents.agencyId, staff.agencyId),
          after && cursor
            ? or(
                gt(providerAgents.name, after.name),
                and(eq(providerAgents.name, after.name), gt(providerAgents.id, cursor)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(providerAgents.name), asc(providerAgents.id))
      .limit(limit + 1);
    const visible = rows.filter(
      (r) =>
        (r.clientId === null && r.ownConnection === null) ||
        scopeIncludes(staff.resolved.readScope, r.clientId ?? r.ownConnection!),
    );
    const page = rows.slice(0, limit);
    return {
      items: visible
        .filter((r) => page.includes(r))
        .map((r) => ({
          id: r.id,
          name: r.name,
          provider: r.provider,
          connectionId: r.connectionId,
          externalId: r.externalId,
          status: r.status,
          phoneNumbers: r.phoneNumbers,
          agentId: r.agentId,
          client: r.clientId ? { id: r.clientId, name: r.clientName! } : null,
          fixedClient: r.ownConnection !== null,
          lastSyncedAt: r.lastSyncedAt.toISOString(),
        })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  });
}

export type ProviderAgentItem = Awaited<ReturnType<typeof listProviderAgents>>["items"][number];
