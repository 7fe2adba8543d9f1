import { describe, expect, it } from "vitest";
import { presetPermissions } from "./catalogue";
import type { PermissionSet } from "./permission-keys";
import { propagateDefaults } from "./propagate-defaults";
import { inheritAll, snapshotAgainstDefaults } from "./stored-permissions";

const VIEW_ONLY = presetPermissions("view_only");
const withBilling: PermissionSet = { ...VIEW_ONLY, manage_billing: true };

describe("propagateDefaults", () => {
  it("moves every toggle that still carries a default", () => {
    const result = propagateDefaults(inheritAll(VIEW_ONLY), withBilling, false);
    expect(result.changes).toEqual([{ key: "manage_billing", from: false, to: true }]);
    expect(result.after.manage_billing).toEqual({ enabled: true, overridden: false });
  });

  it("leaves overridden toggles alone unless told to include them", () => {
    // Nova Realty: only view_calls and view_analytics, set against view_only defaults.
    const nova = snapshotAgainstDefaults(
      { ...presetPermissions("hands_off"), view_calls: true, view_analytics: true },
      VIEW_ONLY,
    );
    const kept = propagateDefaults(nova, withBilling, false);
    expect(kept.changes).toEqual([{ key: "manage_billing", from: false, to: true }]);
    expect(kept.keptOverrides).toEqual(["view_agents", "view_call_details"]);

    const all = propagateDefaults(nova, withBilling, true);
    expect(all.changes.map((c) => c.key)).toEqual(["view_agents", "view_call_details", "manage_billing"]);
    expect(Object.values(all.after).every((t) => !t.overridden)).toBe(true);
  });

  it("withholds a change that would break a rule against a kept override", () => {
    const defaultsOff = { ...VIEW_ONLY, view_calls: false, view_call_details: false };
    const client = inheritAll(VIEW_ONLY);
    client.view_call_details = { enabled: true, overridden: true };
    const result = propagateDefaults(client, defaultsOff, false);
    expect(result.changes).toEqual([]);
    expect(result.held).toEqual([{ key: "view_calls", rule: "view_call_details requires view_calls" }]);
  });

  it("withholds switching a dependent on when its prerequisite is kept off", () => {
    const client = inheritAll(presetPermissions("hands_off"));
    client.view_integrations = { enabled: false, overridden: true };
    const defaults = { ...presetPermissions("hands_off"), view_integrations: true, manage_integrations: true };
    const result = propagateDefaults(client, defaults, false);
    expect(result.changes).toEqual([]);
    expect(result.held).toEqual([
      { key: "manage_integrations", rule: "manage_integrations requires view_integrations" },
    ]);
  });
});
