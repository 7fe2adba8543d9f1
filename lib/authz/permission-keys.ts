// The eight client permissions of SPEC §3, in display order. Kept free of imports so the
// database schema can name the stored shapes without pulling in anything else.
export const PERMISSION_KEYS = [
  "view_agents",
  "edit_agents",
  "view_calls",
  "view_call_details",
  "view_analytics",
  "manage_billing",
  "view_integrations",
  "manage_integrations",
] as const;

export type PermissionKey = (typeof PERMISSION_KEYS)[number];

/** A full set of the eight toggles. */
export type PermissionSet = Record<PermissionKey, boolean>;

/** A client's stored snapshot: each toggle and whether it was set for this client. */
export type StoredPermissions = Record<PermissionKey, { enabled: boolean; overridden: boolean }>;

export function isPermissionKey(value: string): value is PermissionKey {
  return (PERMISSION_KEYS as readonly string[]).includes(value);
}
