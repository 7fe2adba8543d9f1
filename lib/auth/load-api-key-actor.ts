import "server-only";
import { actorAssignmentColumns, actorClientColumns } from "./actor-columns";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { textArray } from "@/db/rows";
import { agencies, apiKeys, clients, users } from "@/db/schema";
import type { Actor, RequestMeta } from "@/lib/authz/actor";
import { isClientRole } from "@/lib/authz/client-roles";
import { resolveStaff, scopeIncludes, type ClientScope } from "@/lib/authz/resolve";
import { isStaffRole } from "@/lib/authz/staff-roles";
import { hashApiKeySecret } from "@/lib/dal/api-keys/internal/secret";
import { clientActor } from "./load-actor";

/**
 * The actor of a request authenticated by an API key (SPEC §12): its creator as they are NOW,
 * narrowed to the key's scopes and, for a limited agency key, to its clients. A removed creator,
 * a revoked or expired key, a withdrawn client permission or a suspended portal: null (401).
 */
export async function loadApiKeyActor(db: Queryable, secret: string, meta: RequestMeta): Promise<Actor | null> {
  const [row] = await db
    .select({
      key: {
        id: apiKeys.id,
        name: apiKeys.name,
        scopes: apiKeys.scopes,
        clientIds: apiKeys.clientIds,
        clientId: apiKeys.clientId,
        expiresAt: apiKeys.expiresAt,
        revokedAt: apiKeys.revokedAt,
        rateLimitPerMinute: apiKeys.rateLimitPerMinute,
      },
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        kind: users.kind,
        role: users.role,
        status: users.status,
        clientId: users.clientId,
      },
      agency: { id: agencies.id, slug: agencies.slug, name: agencies.name },
      client: { ...actorClientColumns, apiKeysAllowed: clients.apiKeysAllowed },
      ...actorAssignmentColumns,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .innerJoin(agencies, eq(agencies.id, apiKeys.agencyId))
    .leftJoin(clients, eq(clients.id, apiKeys.clientId))
    .where(eq(apiKeys.secretHash, hashApiKeySecret(secret)));
  if (!row || row.key.revokedAt || row.key.expiresAt.getTime() <= Date.now()) return null;
  if (row.user.status !== "active") return null;
  const scopes = new Set<string>(row.key.scopes);
  const base = {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    sessionId: null,
    meta,
    agencyId: row.agency.id,
    agencySlug: row.agency.slug,
    agencyName: row.agency.name,
    apiKey: { id: row.key.id, name: row.key.name, rateLimitPerMinute: row.key.rateLimitPerMinute },
  };
  if (row.key.clientId === null) {
    if (row.user.kind !== "agency" || !isStaffRole(row.user.role)) return null;
    const assignedClientIds = textArray(row.staffClientIds);
    const own = resolveStaff({ role: row.user.role, assignedClientIds });
    const limit = (scope: ClientScope): ClientScope =>
      row.key.clientIds ? { all: false, clientIds: row.key.clientIds.filter((id) => scopeIncludes(scope, id)) } : scope;
    const resolved = {
      capabilities: new Set([...own.capabilities].filter((c) => scopes.has(c))),
      readScope: limit(own.readScope),
      editScope: limit(own.editScope),
    };
    return { ...base, kind: "agency", role: row.user.role, assignedClientIds, resolved };
  }
  const c = row.client;
  if (row.user.kind !== "client" || row.user.clientId !== row.key.clientId || !isClientRole(row.user.role)) return null;
  if (!c || c.archivedAt || c.portalAccess !== "enabled" || !c.apiKeysAllowed) return null;
  const actor = clientActor(base, row.user.role, c, textArray(row.agentIds));
  const capabilities = new Set([...actor.resolved.capabilities].filter((cap) => scopes.has(cap)));
  return { ...actor, resolved: { ...actor.resolved, capabilities } };
}

/** Last used time and address, written at most once a minute per key (a busy key stays a read). */
export async function noteApiKeyUse(db: Queryable, keyId: string, ip: string | null) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date(), lastUsedIp: ip })
    .where(
      sql`${apiKeys.id} = ${keyId} and (${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < now() - interval '1 minute')`,
    );
}
