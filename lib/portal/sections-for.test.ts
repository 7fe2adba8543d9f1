import { describe, expect, it } from "vitest";
import { presetPermissions } from "@/lib/authz/catalogue";
import { sectionChanges, sectionsFor } from "./sections-for";

const labels = (role: "admin" | "agent", preset: "hands_off" | "view_only" | "self_service", manage = true) =>
  sectionsFor({ toggles: presetPermissions(preset), role, clientAdminsManageUsers: manage }).map((s) => s.label);

describe("sectionsFor", () => {
  it("a view-only client's admin sees agents, calls, analytics, the team and the access log", () => {
    expect(labels("admin", "view_only")).toEqual(["Agents", "Calls", "Analytics", "Team", "Access log"]);
  });
  it("its agent-role user sees only agents and calls", () => {
    expect(labels("agent", "view_only")).toEqual(["Agents", "Calls"]);
  });
  it("hands-off leaves an admin only the team page, and nothing without user management", () => {
    expect(labels("admin", "hands_off")).toEqual(["Team"]);
    expect(labels("admin", "hands_off", false)).toEqual([]);
  });
});

describe("sectionChanges", () => {
  it("names what turning billing on and analytics off does", () => {
    const before = presetPermissions("view_only");
    expect(sectionChanges(before, { ...before, manage_billing: true, view_analytics: false }, true)).toEqual({
      gained: ["Billing"],
      lost: ["Analytics"],
    });
  });
});

describe("section abilities", () => {
  it("shows what each role may do inside calls", () => {
    const calls = (role: "admin" | "analyst" | "agent") =>
      sectionsFor({ toggles: presetPermissions("view_only"), role, clientAdminsManageUsers: true }).find(
        (s) => s.key === "calls",
      )!.abilities;
    expect(calls("admin")).toEqual(["transcripts", "recordings", "downloads", "export"]);
    expect(calls("analyst")).toEqual(["transcripts"]);
    expect(calls("agent")).toEqual([]);
  });
});
