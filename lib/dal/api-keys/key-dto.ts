import "server-only";
import type { apiKeys } from "@/db/schema";

type Row = typeof apiKeys.$inferSelect;
type KeyStatus = "active" | "expired" | "revoked";
type Creator = { id: string; name: string; email: string } | null;

/** What a list shows of a key (SPEC §12): never its hash, never its secret. */
export function apiKeyDto(row: Row, creator: Creator) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.displayPrefix,
    scopes: row.scopes,
    clientId: row.clientId,
    clientIds: row.clientIds,
    createdBy: creator,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    rateLimitPerMinute: row.rateLimitPerMinute,
    status: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= Date.now() ? "expired" : ("active" as KeyStatus),
  };
}

export type ApiKeyDto = ReturnType<typeof apiKeyDto>;

/** The answer to a create (SPEC §9): the key's DTO plus `key`, the secret, in this answer only. */
export function createdKeyAnswer({ secret, ...dto }: ApiKeyDto & { secret: string }) {
  return { ...dto, key: secret };
}
