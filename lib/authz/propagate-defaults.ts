import { dependencyViolations, PERMISSIONS } from "./catalogue";
import { PERMISSION_KEYS, type PermissionKey, type PermissionSet, type StoredPermissions } from "./permission-keys";
import { valuesOf } from "./stored-permissions";

export type PropagationChange = { key: PermissionKey; from: boolean; to: boolean };

export type Propagation = {
  after: StoredPermissions;
  /** Toggles whose value changes. */
  changes: PropagationChange[];
  /** Overridden toggles that differ from the defaults and are left alone (includeOverridden off). */
  keptOverrides: PermissionKey[];
  /** Changes withheld because they would break a dependency with a toggle that is kept. */
  held: { key: PermissionKey; rule: string }[];
};

/**
 * What "apply the defaults" does to one client (SPEC §3): every toggle not overridden takes the
 * default — overridden ones too with includeOverridden, which also clears their override. A
 * change that would break a rule against a kept override is withheld rather than cascading into
 * the override (e.g. view_calls stays on while view_call_details is on for this client).
 */
export function propagateDefaults(
  stored: StoredPermissions,
  defaults: PermissionSet,
  includeOverridden: boolean,
): Propagation {
  const after = structuredClone(stored);
  const keptOverrides: PermissionKey[] = [];
  for (const key of PERMISSION_KEYS) {
    if (stored[key].overridden && !includeOverridden) {
      if (stored[key].enabled !== defaults[key]) keptOverrides.push(key);
      continue;
    }
    after[key] = { enabled: defaults[key], overridden: false };
  }
  const held: Propagation["held"] = [];
  for (let round = 0; round < PERMISSION_KEYS.length; round++) {
    const violations = dependencyViolations(valuesOf(after));
    if (!violations.length) break;
    for (const dependent of PERMISSION_KEYS) {
      const needs = PERMISSIONS[dependent].requires;
      if (!needs || !after[dependent].enabled || after[needs].enabled) continue;
      const rule = `${dependent} requires ${needs}`;
      // Undo whichever side this apply moved; a set that was already broken is left as it was.
      const undo =
        after[needs].enabled !== stored[needs].enabled
          ? needs
          : after[dependent].enabled !== stored[dependent].enabled
            ? dependent
            : null;
      if (!undo) continue;
      after[undo] = stored[undo];
      held.push({ key: undo, rule });
    }
  }
  const changes = PERMISSION_KEYS.filter((k) => after[k].enabled !== stored[k].enabled).map((key) => ({
    key,
    from: stored[key].enabled,
    to: after[key].enabled,
  }));
  return { after, changes, keptOverrides, held };
}

/** Whether any toggle's value differs from the defaults, overridden or not. */
export function differsFromDefaults(stored: StoredPermissions, defaults: PermissionSet): boolean {
  return PERMISSION_KEYS.some((k) => stored[k].enabled !== defaults[k]);
}
