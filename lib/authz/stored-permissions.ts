import { PERMISSION_KEYS, type PermissionSet, type StoredPermissions } from "./permission-keys";

/** A fresh snapshot: every toggle carries the given set's value and is not overridden. */
export function inheritAll(set: PermissionSet): StoredPermissions {
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, { enabled: set[k], overridden: false }])) as StoredPermissions;
}

export function valuesOf(stored: StoredPermissions): PermissionSet {
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, Boolean(stored[k]?.enabled)])) as PermissionSet;
}

export function overriddenOf(stored: StoredPermissions): Record<string, boolean> {
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, Boolean(stored[k]?.overridden)]));
}
