import type { PermissionSet, StoredPermissions } from "@/lib/authz/permission-keys";
import { PERMISSION_KEYS } from "@/lib/authz/permission-keys";

/**
 * A client's stored snapshot when it was set up with `set` under the agency's `defaults`:
 * a toggle that differs from the default counts as set for this client ("overridden"), so
 * "reset to agency default" has something to show on the demo clients that differ.
 */
export function permissionsAgainstDefaults(set: PermissionSet, defaults: PermissionSet): StoredPermissions {
  return Object.fromEntries(
    PERMISSION_KEYS.map((key) => [key, { enabled: set[key], overridden: set[key] !== defaults[key] }]),
  ) as StoredPermissions;
}
