import { describe, expect, it } from "vitest";
import { canGrantStaffRole, canManageStaffMember, takesOwnershipAway } from "./staff-hierarchy";
import type { StaffRole } from "./staff-roles";

const roles: StaffRole[] = ["owner", "admin", "manager", "member"];

// actor → the roles it may grant (and the colleagues it may change or remove).
const GRANTS: Record<StaffRole, StaffRole[]> = {
  owner: ["owner", "admin", "manager", "member"],
  admin: ["manager", "member"],
  manager: ["member"],
  member: [],
};

describe("staff hierarchy (SPEC §4)", () => {
  for (const actor of roles) {
    it.each(roles)(`${actor} granting %s`, (role) => {
      expect(canGrantStaffRole(actor, role)).toBe(GRANTS[actor].includes(role));
      expect(canManageStaffMember(actor, role)).toBe(GRANTS[actor].includes(role));
    });
  }
});

describe("the last owner (SPEC §4)", () => {
  it("counts a demotion or a removal of an owner as taking ownership away, nothing else", () => {
    expect(takesOwnershipAway("owner", "admin")).toBe(true);
    expect(takesOwnershipAway("owner", null)).toBe(true);
    expect(takesOwnershipAway("owner", "owner")).toBe(false);
    expect(takesOwnershipAway("admin", null)).toBe(false);
    expect(takesOwnershipAway("member", "owner")).toBe(false);
  });
});
