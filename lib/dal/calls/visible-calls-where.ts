import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { aiAgents, callHourlyStats, calls } from "@/db/schema";
import type { ClientActor } from "@/lib/authz/actor";

type ScopedColumns = { agencyId: AnyPgColumn; clientId: AnyPgColumn; agentId: AnyPgColumn };

/**
 * The one visibility rule of SPEC §5 for a client user: its agency and own client, narrowed to
 * its assigned agents when the role is scoped (no assignment: nothing). Applied to any table that
 * carries those three columns.
 */
function clientScopeWhere(actor: ClientActor, columns: ScopedColumns): SQL {
  const scope = actor.resolved.agentScope;
  return and(
    eq(columns.agencyId, actor.agencyId),
    eq(columns.clientId, actor.clientId),
    scope.all ? undefined : scope.agentIds.length ? inArray(columns.agentId, [...scope.agentIds]) : sql`false`,
  )!;
}

/** The calls a client user may see. Every list, count, export and aggregate starts from this. */
export function visibleCallsWhere(actor: ClientActor): SQL {
  return clientScopeWhere(actor, calls);
}

/** The AI agents a client user may see: the same scope as its calls. */
export function visibleAgentsWhere(actor: ClientActor): SQL {
  return clientScopeWhere(actor, { agencyId: aiAgents.agencyId, clientId: aiAgents.clientId, agentId: aiAgents.id });
}

/** The hourly call totals a client user may see: the same scope, over the rollup of its calls. */
export function visibleCallStatsWhere(actor: ClientActor): SQL {
  return clientScopeWhere(actor, callHourlyStats);
}
