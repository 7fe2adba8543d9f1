import { describe, expect, it } from "vitest";
import type { Actor, StaffActor } from "@/lib/authz/actor";
import { resolveStaff } from "@/lib/authz/resolve";
import type { StaffRole } from "@/lib/authz/staff-roles";
import { maySeeSecret, type SecretAudience } from "./secret-audience";

const CLIENT = "11111111-1111-4111-8111-111111111111";
const OTHER_CLIENT = "22222222-2222-4222-8222-222222222222";

function staff(role: StaffRole, userId = `${role}-id`, assigned: string[] = []): StaffActor {
  return {
    kind: "agency",
    role,
    userId,
    email: `${role}@acme.test`,
    name: role,
    agencyId: "a",
    agencySlug: "acme",
    agencyName: "Acme",
    sessionId: null,
    meta: { ip: null, userAgent: null },
    assignedClientIds: assigned,
    resolved: resolveStaff({ role, assignedClientIds: assigned }),
  };
}

// Viewer → may see? Written from SPEC §4 and issue 18, not derived from the code under test.
const CASES: [string, SecretAudience | null, Record<StaffRole, boolean>][] = [
  [
    "the owner's reset",
    { kind: "recipient", userId: "owner-id" },
    { owner: true, admin: false, manager: false, member: false },
  ],
  [
    "the admin's reset",
    { kind: "recipient", userId: "admin-id" },
    { owner: false, admin: true, manager: false, member: false },
  ],
  [
    "a client user's reset",
    { kind: "recipient", userId: "client-user-id" },
    { owner: false, admin: false, manager: false, member: false },
  ],
  [
    "an owner invitation",
    { kind: "staff_invitation", role: "owner" },
    { owner: true, admin: false, manager: false, member: false },
  ],
  [
    "an admin invitation",
    { kind: "staff_invitation", role: "admin" },
    { owner: true, admin: false, manager: false, member: false },
  ],
  [
    "a manager invitation",
    { kind: "staff_invitation", role: "manager" },
    { owner: true, admin: true, manager: false, member: false },
  ],
  [
    "a member invitation",
    { kind: "staff_invitation", role: "member" },
    { owner: true, admin: true, manager: false, member: false },
  ],
  [
    "an invitation to an unknown role",
    { kind: "staff_invitation", role: "superuser" },
    { owner: false, admin: false, manager: false, member: false },
  ],
  [
    "a client invitation to the manager's client",
    { kind: "client_invitation", clientId: CLIENT, role: "admin" },
    { owner: true, admin: true, manager: true, member: false },
  ],
  [
    "a client invitation to another client",
    { kind: "client_invitation", clientId: OTHER_CLIENT, role: "agent" },
    { owner: true, admin: true, manager: false, member: false },
  ],
  ["a mail without an audience", null, { owner: false, admin: false, manager: false, member: false }],
  [
    "an unknown kind of audience",
    { kind: "sso_ticket" } as unknown as SecretAudience,
    { owner: false, admin: false, manager: false, member: false },
  ],
];

describe("who may see an email's secret", () => {
  for (const [what, audience, expected] of CASES) {
    it.each(Object.entries(expected))(`${what}: %s → %s`, (role, may) => {
      const viewer = staff(role as StaffRole, `${role}-id`, [CLIENT]);
      expect(maySeeSecret(viewer, audience)).toBe(may);
    });
  }

  it("a client user sees only its own secret (a portal has no outbox, but the rule holds)", () => {
    const client = { kind: "client", userId: "client-user-id" } as Actor;
    expect(maySeeSecret(client, { kind: "recipient", userId: "client-user-id" })).toBe(true);
    expect(maySeeSecret(client, { kind: "client_invitation", clientId: CLIENT, role: "agent" })).toBe(false);
    expect(maySeeSecret(client, { kind: "staff_invitation", role: "member" })).toBe(false);
  });
});
