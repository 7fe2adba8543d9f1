import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { aiAgents, callHourlyStats, calls } from "@/db/schema";
import type { ClientActor } from "@/lib/authz/actor";

/**
 * The calls a client user may see (SPEC §5): its own client's, narrowed to assigned agents when
 * the role is scoped. Every list, count, export and aggregate starts from this WHERE clause.
 */
export function visibleCallsWhere(actor: ClientActor): SQL {
  const scope = actor.resolved.agentScope;
  return and(
    eq(calls.agencyId, actor.agencyId),
    eq(calls.clientId, actor.clientId),
    scope.all ? undefined : scope.agentIds.length ? inArray(calls.agentId, [...scope.agentIds]) : sql`false`,
  )!;
}

/** The AI agents a client user may see: the same scope as its calls. */
export function visibleAgentsWhere(actor: ClientActor): SQL {
  const scope = actor.resolved.agentScope;
  return and(
    eq(aiAgents.agencyId, actor.agencyId),
    eq(aiAgents.clientId, actor.clientId),
    scope.all ? undefined : scope.agentIds.length ? inArray(aiAgents.id, [...scope.agentIds]) : sql`false`,
  )!;
}

/** The hourly call totals a client user may see: the same scope, over the rollup of its calls. */
export function visibleCallStatsWhere(actor: ClientActor): SQL {
  const scope = actor.resolved.agentScope;
  return and(
    eq(callHourlyStats.agencyId, actor.agencyId),
    eq(callHourlyStats.clientId, actor.clientId),
    scope.all ? undefined : scope.agentIds.length ? inArray(callHourlyStats.agentId, [...scope.agentIds]) : sql`false`,
  )!;
}
