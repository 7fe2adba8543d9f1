export const STAFF_ROLES = ["owner", "admin", "manager", "member"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  member: "Member",
};

/** Higher number, more power: nobody grants a role above their own. */
export const STAFF_ROLE_RANK: Record<StaffRole, number> = { owner: 4, admin: 3, manager: 2, member: 1 };

/**
 * SPEC §4 as data. Agency-wide capabilities; what a staff member may do to one client is
 * "client.read" / "client.edit" checked against the client scope (see resolve-staff.ts).
 */
export const STAFF_CAPABILITIES = {
  "clients.create": ["owner", "admin"],
  "clients.archive": ["owner", "admin"],
  "defaults.update": ["owner", "admin"],
  "staff.manage": ["owner", "admin"],
  // Seeing who is on the team (names, roles): every staff member.
  "staff.read": ["owner", "admin", "manager", "member"],
  "settings.manage": ["owner", "admin"],
  "audit.read": ["owner", "admin"],
  "agency.billing": ["owner"],
  "agency.delete": ["owner"],
  "ownership.transfer": ["owner"],
  // Per client, always within the staff member's client scope:
  "client.read": ["owner", "admin", "manager", "member"],
  "client.edit": ["owner", "admin", "manager"],
  // Pushing calls in through the API (SPEC §13), for an API key of an owner or admin.
  "calls.ingest": ["owner", "admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffCapability = keyof typeof STAFF_CAPABILITIES;
export const STAFF_CAPABILITY_NAMES = Object.keys(STAFF_CAPABILITIES) as StaffCapability[];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
