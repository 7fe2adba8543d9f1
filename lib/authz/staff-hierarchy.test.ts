import { describe, expect, it } from "vitest";
import { canGrantStaffRole, canManageStaffMember } from "./staff-hierarchy";
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
