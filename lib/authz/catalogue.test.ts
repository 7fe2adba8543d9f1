import { describe, expect, it } from "vitest";
import { dependencyViolations, isEmptySet, presetPermissions } from "./catalogue";

describe("presets", () => {
  it("hands_off switches everything off", () => {
    expect(isEmptySet(presetPermissions("hands_off"))).toBe(true);
  });
  it("view_only switches on exactly the four viewing toggles", () => {
    const on = Object.entries(presetPermissions("view_only"))
      .filter(([, v]) => v)
      .map(([k]) => k);
    expect(on).toEqual(["view_agents", "view_calls", "view_call_details", "view_analytics"]);
  });
  it("self_service switches everything on", () => {
    expect(Object.values(presetPermissions("self_service")).every(Boolean)).toBe(true);
  });
  it.each(["hands_off", "view_only", "self_service"] as const)("%s respects every dependency", (name) => {
    expect(dependencyViolations(presetPermissions(name))).toEqual([]);
  });
});

describe("dependencies", () => {
  const base = presetPermissions("hands_off");
  it.each([
    ["edit_agents", "view_agents"],
    ["view_call_details", "view_calls"],
    ["manage_integrations", "view_integrations"],
  ] as const)("%s requires %s", (dependent, prerequisite) => {
    expect(dependencyViolations({ ...base, [dependent]: true })).toEqual([`${dependent} requires ${prerequisite}`]);
    expect(dependencyViolations({ ...base, [dependent]: true, [prerequisite]: true })).toEqual([]);
  });
});
