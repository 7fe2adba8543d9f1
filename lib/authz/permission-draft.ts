import { presetPermissions, type PresetName } from "./catalogue";
import { describeAdjustment, setToggle } from "./dependencies";
import { PERMISSION_KEYS, type PermissionKey, type PermissionSet, type StoredPermissions } from "./permission-keys";
import { inheritAll, snapshotAgainstDefaults, valuesOf } from "./stored-permissions";

/**
 * The console's unsaved edits to one client's permissions, as pure functions over the saved
 * snapshot (`saved`) and the agency defaults. Switching a toggle back to its saved value restores
 * its saved state, so "edited" always means "differs from what is stored".
 */
export type Draft = { saved: StoredPermissions; defaults: PermissionSet; current: StoredPermissions };
export type DraftEdit = { current: StoredPermissions; notices: string[] };

function withValues(draft: Draft, next: PermissionSet, base = draft.current): StoredPermissions {
  const out = structuredClone(base);
  for (const k of PERMISSION_KEYS) {
    if (next[k] === out[k].enabled) continue;
    out[k] = next[k] === draft.saved[k].enabled ? draft.saved[k] : { enabled: next[k], overridden: true };
  }
  return out;
}

export function toggleDraft(draft: Draft, key: PermissionKey, value: boolean): DraftEdit {
  const { set, adjusted } = setToggle(valuesOf(draft.current), key, value);
  return { current: withValues(draft, set), notices: adjusted.map(describeAdjustment) };
}

/** Back to the agency's current default, following dependencies like a toggle would. */
export function resetDraft(draft: Draft, key: PermissionKey): DraftEdit {
  const { set, adjusted } = setToggle(valuesOf(draft.current), key, draft.defaults[key]);
  const current = withValues(draft, set);
  current[key] = { enabled: draft.defaults[key], overridden: false };
  return { current, notices: adjusted.map(describeAdjustment) };
}

export function resetAllDraft(draft: Draft): DraftEdit {
  return { current: inheritAll(draft.defaults), notices: [] };
}

/** Like creating the client with the preset: toggles equal to the default follow it, others are set. */
export function presetDraft(draft: Draft, preset: PresetName): DraftEdit {
  const target = snapshotAgainstDefaults(presetPermissions(preset), draft.defaults);
  const current = Object.fromEntries(
    PERMISSION_KEYS.map((k) => {
      const same = target[k].enabled === draft.saved[k].enabled && target[k].overridden === draft.saved[k].overridden;
      return [k, same ? draft.saved[k] : target[k]];
    }),
  ) as StoredPermissions;
  return { current, notices: [] };
}

/** Whether a toggle still carries the current agency default. */
export function followsDefault(draft: Draft, key: PermissionKey): boolean {
  return !draft.current[key].overridden && draft.current[key].enabled === draft.defaults[key];
}

/** The PATCH body that turns `saved` into `current`: changed values, and keys to reset. */
export function draftPatch(
  draft: Draft,
  version: number,
): { version: number; reset?: PermissionKey[] } & Partial<Record<PermissionKey, boolean>> {
  const patch: { version: number; reset?: PermissionKey[] } & Partial<Record<PermissionKey, boolean>> = { version };
  const reset: PermissionKey[] = [];
  for (const k of PERMISSION_KEYS) {
    const now = draft.current[k];
    const was = draft.saved[k];
    if (now.enabled === was.enabled && now.overridden === was.overridden) continue;
    if (!now.overridden) reset.push(k);
    else patch[k] = now.enabled;
  }
  if (reset.length) patch.reset = reset;
  return patch;
}

export function isDirty(draft: Draft): boolean {
  return Object.keys(draftPatch(draft, 0)).length > 1;
}
