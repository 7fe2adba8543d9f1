import { describe, expect, it } from "vitest";
import { presetPermissions } from "./catalogue";
import {
  draftPatch,
  followsDefault,
  isDirty,
  presetDraft,
  resetAllDraft,
  resetDraft,
  toggleDraft,
  type Draft,
} from "./permission-draft";
import { snapshotAgainstDefaults } from "./stored-permissions";

const DEFAULTS = presetPermissions("view_only");
const draftOf = (saved = snapshotAgainstDefaults(DEFAULTS, DEFAULTS)): Draft => ({
  saved,
  defaults: DEFAULTS,
  current: saved,
});

describe("permission draft", () => {
  it("a switched toggle is overridden and patched; switching it back is no change at all", () => {
    const draft = draftOf();
    const off = { ...draft, ...toggleDraft(draft, "view_analytics", false) };
    expect(off.current.view_analytics).toEqual({ enabled: false, overridden: true });
    expect(draftPatch(off, 3)).toEqual({ version: 3, view_analytics: false });
    const back = { ...off, ...toggleDraft(off, "view_analytics", true) };
    expect(isDirty(back)).toBe(false);
  });

  it("follows dependencies and reports them", () => {
    const draft = draftOf();
    const edit = toggleDraft(draft, "view_calls", false);
    expect(edit.current.view_call_details.enabled).toBe(false);
    expect(edit.notices).toEqual(["View call details needs View calls — turned off."]);
    expect(draftPatch({ ...draft, ...edit }, 1)).toEqual({ version: 1, view_calls: false, view_call_details: false });
  });

  it("reset sends the key to reset and shows it as the agency default", () => {
    const saved = snapshotAgainstDefaults(presetPermissions("self_service"), DEFAULTS);
    const draft = draftOf(saved);
    const reset = { ...draft, ...resetDraft(draft, "manage_billing") };
    expect(followsDefault(reset, "manage_billing")).toBe(true);
    expect(draftPatch(reset, 2)).toEqual({ version: 2, reset: ["manage_billing"] });
  });

  it("resetting a prerequisite to off also switches its dependents off", () => {
    const saved = snapshotAgainstDefaults(presetPermissions("self_service"), { ...DEFAULTS, view_integrations: true });
    const draft: Draft = { ...draftOf(saved), defaults: DEFAULTS };
    const edit = resetDraft(draft, "view_integrations");
    expect(edit.current.manage_integrations.enabled).toBe(false);
    expect(edit.notices).toEqual(["Manage integrations needs View integrations — turned off."]);
  });

  it("reset all and presets", () => {
    const saved = snapshotAgainstDefaults(presetPermissions("hands_off"), DEFAULTS);
    const draft = draftOf(saved);
    expect(draftPatch({ ...draft, ...resetAllDraft(draft) }, 1).reset).toEqual([
      "view_agents",
      "view_calls",
      "view_call_details",
      "view_analytics",
    ]);
    // A preset sets the client up as creating it with that preset would: what equals the default follows it.
    const preset = { ...draft, ...presetDraft(draft, "self_service") };
    expect(preset.current.view_agents).toEqual({ enabled: true, overridden: false });
    expect(preset.current.manage_billing).toEqual({ enabled: true, overridden: true });
    expect(draftPatch(preset, 1)).toEqual({
      version: 1,
      reset: ["view_agents", "view_calls", "view_call_details", "view_analytics"],
      edit_agents: true,
      manage_billing: true,
      view_integrations: true,
      manage_integrations: true,
    });
  });
});
