import { describe, expect, it } from "vitest";
import { dependencyViolations, presetPermissions } from "./catalogue";
import { describeAdjustment, setToggle } from "./dependencies";
import { PERMISSION_KEYS } from "./permission-keys";

const NONE = presetPermissions("hands_off");
const ALL = presetPermissions("self_service");

describe("setToggle keeps every dependency", () => {
  it("switching a dependent on switches its prerequisite on and says so", () => {
    const { set, adjusted } = setToggle(NONE, "view_call_details", true);
    expect(set.view_calls && set.view_call_details).toBe(true);
    expect(adjusted).toEqual([{ key: "view_calls", value: true, because: "view_call_details" }]);
    expect(describeAdjustment(adjusted[0])).toBe("View call details needs View calls — turned on.");
  });

  it("switching a prerequisite off switches its dependents off and says so", () => {
    const { set, adjusted } = setToggle(ALL, "view_integrations", false);
    expect(set.manage_integrations).toBe(false);
    expect(describeAdjustment(adjusted[0])).toBe("Manage integrations needs View integrations — turned off.");
  });

  it("changes nothing else when no rule is involved", () => {
    expect(setToggle(NONE, "manage_billing", true)).toEqual({ set: { ...NONE, manage_billing: true }, adjusted: [] });
  });

  it.each(
    PERMISSION_KEYS.flatMap(
      (k) =>
        [
          [k, true],
          [k, false],
        ] as const,
    ),
  )("%s → %s from any preset stays valid", (key, value) => {
    for (const base of [NONE, ALL, presetPermissions("view_only")]) {
      expect(dependencyViolations(setToggle(base, key, value).set)).toEqual([]);
    }
  });
});
