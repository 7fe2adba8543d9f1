import "server-only";
import type { clients } from "@/db/schema";
import { enabledSections } from "@/lib/authz/catalogue";
import type { PermissionSet } from "@/lib/authz/permission-keys";
import { overriddenOf, valuesOf } from "@/lib/authz/stored-permissions";

type ClientRow = typeof clients.$inferSelect;

/** SPEC §9 client shape (more fields welcome, these names fixed). */
export function toClientDto(row: ClientRow) {
  return {
    id: row.id,
    name: row.name,
    portalAccess: row.portalAccess,
    clientAdminsManageUsers: row.clientAdminsManageUsers,
    apiKeysAllowed: row.apiKeysAllowed,
    /** The client's own IANA zone; null: it follows the agency's. */
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** A row of the console's client list: the client, its badge row and its people figures. */
export function toClientListItemDto(
  row: ClientRow,
  counts: { userCount: number; pendingInvitationCount: number },
  canEdit: boolean,
) {
  const permissions = valuesOf(row.permissions);
  return { ...toClientDto(row), permissions, enabledSections: enabledSections(permissions), ...counts, canEdit };
}

export function toPermissionsDto(row: ClientRow) {
  return {
    clientId: row.id,
    permissions: valuesOf(row.permissions),
    overridden: overriddenOf(row.permissions),
    version: row.permissionsVersion,
  };
}

/** The permissions editor's view: the client's toggles and the agency defaults they inherit from. */
export function toPermissionsEditorDto(row: ClientRow, defaults: PermissionSet, canEdit: boolean) {
  return {
    ...toPermissionsDto(row),
    defaults,
    clientName: row.name,
    clientAdminsManageUsers: row.clientAdminsManageUsers,
    apiKeysAllowed: row.apiKeysAllowed,
    canEdit,
  };
}

export type ClientDto = ReturnType<typeof toClientDto>;
export type ClientListItemDto = ReturnType<typeof toClientListItemDto>;
export type ClientPermissionsDto = ReturnType<typeof toPermissionsDto>;
export type ClientPermissionsEditorDto = ReturnType<typeof toPermissionsEditorDto>;
