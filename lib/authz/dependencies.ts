import { PERMISSIONS } from "./catalogue";
import { PERMISSION_KEYS, type PermissionKey, type PermissionSet } from "./permission-keys";

export type DependencyAdjustment = { key: PermissionKey; value: boolean; because: PermissionKey };

/** The toggles that need `key` (e.g. view_calls → [view_call_details]). */
export function dependentsOf(key: PermissionKey): PermissionKey[] {
  return PERMISSION_KEYS.filter((k) => PERMISSIONS[k].requires === key);
}

/**
 * Sets one toggle the way the console does: switching a dependent on switches its prerequisite
 * on; switching a prerequisite off switches its dependents off. Returns the new set and what else
 * had to change, so the UI can say so. The server still refuses any set that breaks a rule.
 */
export function setToggle(
  set: PermissionSet,
  key: PermissionKey,
  value: boolean,
): { set: PermissionSet; adjusted: DependencyAdjustment[] } {
  const next: PermissionSet = { ...set, [key]: value };
  const adjusted: DependencyAdjustment[] = [];
  const visit = (k: PermissionKey) => {
    if (next[k]) {
      const needs = PERMISSIONS[k].requires;
      if (needs && !next[needs]) {
        next[needs] = true;
        adjusted.push({ key: needs, value: true, because: k });
        visit(needs);
      }
    } else {
      for (const dependent of dependentsOf(k)) {
        if (!next[dependent]) continue;
        next[dependent] = false;
        adjusted.push({ key: dependent, value: false, because: k });
        visit(dependent);
      }
    }
  };
  visit(key);
  return { set: next, adjusted };
}

/** "View call details needs View calls — turned on." / "… turned off." */
export function describeAdjustment(a: DependencyAdjustment): string {
  return a.value
    ? `${PERMISSIONS[a.because].label} needs ${PERMISSIONS[a.key].label} — turned on.`
    : `${PERMISSIONS[a.key].label} needs ${PERMISSIONS[a.because].label} — turned off.`;
}
