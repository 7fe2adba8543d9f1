import { PERMISSION_KEYS, type PermissionSet, type StoredPermissions } from "./permission-keys";

/** A fresh snapshot: every toggle carries the given set's value and is not overridden. */
export function inheritAll(set: PermissionSet): StoredPermissions {
  return Object.fromEntries(
    PERMISSION_KEYS.map((k) => [k, { enabled: set[k], overridden: false }]),
  ) as StoredPermissions;
}

/**
 * A client set up with `set` under the agency's `defaults` (e.g. from a preset): a toggle that
 * differs from the default counts as set for this client ("overridden").
 */
export function snapshotAgainstDefaults(set: PermissionSet, defaults: PermissionSet): StoredPermissions {
  return Object.fromEntries(
    PERMISSION_KEYS.map((k) => [k, { enabled: set[k], overridden: set[k] !== defaults[k] }]),
  ) as StoredPermissions;
}

export function valuesOf(stored: StoredPermissions): PermissionSet {
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, Boolean(stored[k]?.enabled)])) as PermissionSet;
}

export function overriddenOf(stored: StoredPermissions): Record<string, boolean> {
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, Boolean(stored[k]?.overridden)]));
}

export function sameStored(a: StoredPermissions, b: StoredPermissions): boolean {
  return PERMISSION_KEYS.every((k) => a[k].enabled === b[k].enabled && a[k].overridden === b[k].overridden);
}
