import type { clients } from "@/db/schema";
import { overriddenOf, valuesOf } from "@/lib/authz/stored-permissions";

type ClientRow = typeof clients.$inferSelect;

/** SPEC §9 client shape (more fields welcome, these names fixed). */
export function toClientDto(row: ClientRow) {
  return {
    id: row.id,
    name: row.name,
    portalAccess: row.portalAccess,
    clientAdminsManageUsers: row.clientAdminsManageUsers,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

export function toPermissionsDto(row: ClientRow) {
  return {
    clientId: row.id,
    permissions: valuesOf(row.permissions),
    overridden: overriddenOf(row.permissions),
    version: row.permissionsVersion,
  };
}

export type ClientDto = ReturnType<typeof toClientDto>;
export type ClientPermissionsDto = ReturnType<typeof toPermissionsDto>;
