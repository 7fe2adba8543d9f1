import { describe, expect, it } from "vitest";
import { presetPermissions } from "./catalogue";
import type { ClientCapability, ClientRole } from "./client-roles";
import { PERMISSION_KEYS, type PermissionSet } from "./permission-keys";
import { resolveClientUser, resolveStaff, scopeIncludes } from "./resolve";
import type { StaffCapability, StaffRole } from "./staff-roles";

const ALL_ON = presetPermissions("self_service");
const roles: ClientRole[] = ["admin", "supervisor", "analyst", "agent"];

// SPEC §5, row by row: capability → [admin, supervisor, analyst, agent].
const CLIENT_TABLE: [ClientCapability, boolean[]][] = [
  ["agents.read", [true, true, true, true]],
  ["agents.update", [true, true, false, false]],
  ["calls.read", [true, true, true, true]],
  ["calls.review", [true, true, true, true]],
  ["calls.export", [true, true, false, false]],
  ["calls.transcript.read", [true, true, true, false]],
  ["calls.recording.play", [true, true, false, false]],
  ["calls.recording.download", [true, false, false, false]],
  ["calls.delete", [true, false, false, false]],
  ["analytics.read", [true, true, true, false]],
  ["billing.read", [true, false, false, false]],
  ["integrations.read", [true, true, false, false]],
  ["integrations.manage", [true, false, false, false]],
  ["team.manage", [true, false, false, false]],
  ["settings.manage", [true, false, false, false]],
];

// SPEC §5's "toggle" column, written out independently of the catalogue it checks.
const TOGGLE_OF: Record<string, string> = {
  "agents.read": "view_agents",
  "agents.update": "edit_agents",
  "calls.read": "view_calls",
  "calls.review": "view_calls",
  "calls.export": "view_calls",
  "calls.transcript.read": "view_call_details",
  "calls.recording.play": "view_call_details",
  "calls.recording.download": "view_call_details",
  "calls.delete": "view_call_details",
  "analytics.read": "view_analytics",
  "billing.read": "manage_billing",
  "integrations.read": "view_integrations",
  "integrations.manage": "manage_integrations",
};

const resolveFor = (role: ClientRole, toggles: PermissionSet = ALL_ON, assigned: string[] = [], manageUsers = true) =>
  resolveClientUser({ role, toggles, assignedAgentIds: assigned, clientAdminsManageUsers: manageUsers });

describe("resolveClientUser — SPEC §5 role matrix with every toggle on", () => {
  for (const [cap, expected] of CLIENT_TABLE) {
    it.each(roles.map((r, i) => [r, expected[i]] as const))(`${cap}: %s → %s`, (role, allowed) => {
      expect(resolveFor(role).capabilities.has(cap)).toBe(allowed);
    });
  }
});

describe("resolveClientUser — a toggle switched off removes its capabilities for every role", () => {
  for (const key of PERMISSION_KEYS) {
    it(`${key} off`, () => {
      const toggles = { ...ALL_ON, [key]: false };
      for (const role of roles) {
        const caps = resolveFor(role, toggles).capabilities;
        for (const [cap] of CLIENT_TABLE) {
          const gatedByKey = TOGGLE_OF[cap] === key;
          if (gatedByKey) expect(caps.has(cap)).toBe(false);
        }
      }
    });
  }

  it("the agency's 'client admins manage users' switch gates team.manage", () => {
    expect(resolveFor("admin", ALL_ON, [], false).capabilities.has("team.manage")).toBe(false);
  });

  it("hands_off gives no capability except team management and the client's own settings", () => {
    expect([...resolveFor("admin", presetPermissions("hands_off")).capabilities]).toEqual([
      "team.manage",
      "settings.manage",
    ]);
  });

  it("view_only: a supervisor reads transcripts and plays recordings but cannot edit agents or see billing", () => {
    const caps = resolveFor("supervisor", presetPermissions("view_only")).capabilities;
    expect(caps.has("calls.transcript.read")).toBe(true);
    expect(caps.has("calls.recording.play")).toBe(true);
    expect(caps.has("agents.update")).toBe(false);
    expect(caps.has("billing.read")).toBe(false);
  });
});

describe("resolveClientUser — assignment scope", () => {
  it("admin sees everything even with assignments", () => {
    expect(resolveFor("admin", ALL_ON, ["a1"]).agentScope).toEqual({ all: true });
  });
  it.each(["supervisor", "analyst"] as const)(
    "%s with no assignments sees everything, with assignments only those",
    (role) => {
      expect(resolveFor(role).agentScope).toEqual({ all: true });
      expect(resolveFor(role, ALL_ON, ["a1"]).agentScope).toEqual({ all: false, agentIds: ["a1"] });
    },
  );
  it("agent role sees only assigned agents, and nothing when none are assigned", () => {
    expect(resolveFor("agent", ALL_ON, ["a1"]).agentScope).toEqual({ all: false, agentIds: ["a1"] });
    expect(resolveFor("agent").agentScope).toEqual({ all: false, agentIds: [] });
  });
});

// SPEC §4: capability → [owner, admin, manager, member].
const STAFF_TABLE: [StaffCapability, boolean[]][] = [
  ["clients.create", [true, true, false, false]],
  ["clients.archive", [true, true, false, false]],
  ["defaults.update", [true, true, false, false]],
  ["staff.manage", [true, true, false, false]],
  ["settings.manage", [true, true, false, false]],
  ["audit.read", [true, true, false, false]],
  ["agency.billing", [true, false, false, false]],
  ["agency.delete", [true, false, false, false]],
  ["ownership.transfer", [true, false, false, false]],
  ["client.read", [true, true, true, true]],
  ["client.edit", [true, true, true, false]],
];
const staffRoles: StaffRole[] = ["owner", "admin", "manager", "member"];

describe("resolveStaff — SPEC §4", () => {
  for (const [cap, expected] of STAFF_TABLE) {
    it.each(staffRoles.map((r, i) => [r, expected[i]] as const))(`${cap}: %s → %s`, (role, allowed) => {
      expect(resolveStaff({ role, assignedClientIds: [] }).capabilities.has(cap)).toBe(allowed);
    });
  }

  it("owner and admin see and edit every client", () => {
    for (const role of ["owner", "admin"] as const) {
      const r = resolveStaff({ role, assignedClientIds: [] });
      expect(scopeIncludes(r.readScope, "c1") && scopeIncludes(r.editScope, "c1")).toBe(true);
    }
  });
  it("manager: assigned clients (none assigned: all) to see; only assigned to edit", () => {
    const none = resolveStaff({ role: "manager", assignedClientIds: [] });
    expect(scopeIncludes(none.readScope, "c1")).toBe(true);
    expect(scopeIncludes(none.editScope, "c1")).toBe(false);
    const some = resolveStaff({ role: "manager", assignedClientIds: ["c1"] });
    expect(scopeIncludes(some.readScope, "c1") && scopeIncludes(some.editScope, "c1")).toBe(true);
    expect(scopeIncludes(some.readScope, "c2")).toBe(false);
  });
  it("member: assigned clients only, read-only", () => {
    const r = resolveStaff({ role: "member", assignedClientIds: ["c1"] });
    expect(scopeIncludes(r.readScope, "c1")).toBe(true);
    expect(scopeIncludes(r.readScope, "c2")).toBe(false);
    expect(scopeIncludes(r.editScope, "c1")).toBe(false);
    expect(resolveStaff({ role: "member", assignedClientIds: [] }).readScope).toEqual({ all: false, clientIds: [] });
  });
});
