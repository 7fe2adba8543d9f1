// SPEC §3–§5 read a second time, on purpose without importing lib/authz: the oracle is an
// independent reading of the contract, so a mistake in the app's catalogue or resolver shows up
// as a disagreement instead of being copied into the test. Only the capability names are shared
// (the app reports them on /api/v1/me; the SPEC gives the rows, not the names).

export const TOGGLES = [
  "view_agents",
  "edit_agents",
  "view_calls",
  "view_call_details",
  "view_analytics",
  "manage_billing",
  "view_integrations",
  "manage_integrations",
] as const;
export type Toggle = (typeof TOGGLES)[number];
export type Toggles = Record<Toggle, boolean>;

/** §3 "requires": a set that switches on the left without the right is refused (422). */
export const TOGGLE_REQUIRES: Partial<Record<Toggle, Toggle>> = {
  edit_agents: "view_agents",
  view_call_details: "view_calls",
  manage_integrations: "view_integrations",
};

export function togglesOf(on: readonly Toggle[]): Toggles {
  return Object.fromEntries(TOGGLES.map((t) => [t, on.includes(t)])) as Toggles;
}

export const CLIENT_ROLES = ["admin", "supervisor", "analyst", "agent"] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];
export const STAFF_ROLES = ["owner", "admin", "manager", "member"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const ALL_CLIENT: readonly ClientRole[] = CLIENT_ROLES;

/** §5's table, row by row: capability → (toggle, roles holding it). */
export const CLIENT_TABLE: Record<string, { toggle: Toggle | null; roles: readonly ClientRole[] }> = {
  "agents.read": { toggle: "view_agents", roles: ALL_CLIENT },
  "agents.update": { toggle: "edit_agents", roles: ["admin", "supervisor"] },
  "calls.read": { toggle: "view_calls", roles: ALL_CLIENT },
  "calls.review": { toggle: "view_calls", roles: ALL_CLIENT },
  "calls.export": { toggle: "view_calls", roles: ["admin", "supervisor"] },
  "calls.transcript.read": { toggle: "view_call_details", roles: ["admin", "supervisor", "analyst"] },
  "calls.recording.play": { toggle: "view_call_details", roles: ["admin", "supervisor"] },
  "calls.recording.download": { toggle: "view_call_details", roles: ["admin"] },
  "calls.delete": { toggle: "view_call_details", roles: ["admin"] },
  "analytics.read": { toggle: "view_analytics", roles: ["admin", "supervisor", "analyst"] },
  "billing.read": { toggle: "manage_billing", roles: ["admin"] },
  "integrations.read": { toggle: "view_integrations", roles: ["admin", "supervisor"] },
  "integrations.manage": { toggle: "manage_integrations", roles: ["admin"] },
  // §6/§8: "a client admin sees who accessed its calls". The SPEC names no toggle; the access
  // log is about calls, so it is read here as living under view_calls (the one judgement call).
  "access_log.read": { toggle: "view_calls", roles: ["admin"] },
  // §5 last row: no toggle, but only "if the agency allows it for this client".
  "team.manage": { toggle: null, roles: ["admin"] },
  // Issue 17 (beyond §5's table): the client's time zone is "editable by a client admin".
  "settings.manage": { toggle: null, roles: ["admin"] },
};

export type ClientView = { role: ClientRole; toggles: Toggles; manageUsers: boolean };

/** Effective capability = toggle AND role column (AND the per-client switch for team.manage). */
export function clientMay(view: ClientView, capability: string): boolean {
  const row = CLIENT_TABLE[capability];
  if (!row) throw new Error(`The oracle has no row for ${capability}`);
  if (capability === "team.manage" && !view.manageUsers) return false;
  return row.roles.includes(view.role) && (row.toggle === null || view.toggles[row.toggle]);
}

export function clientCapabilities(view: ClientView): string[] {
  return Object.keys(CLIENT_TABLE)
    .filter((c) => clientMay(view, c))
    .sort();
}

/** §5 assignment scope: admin everything; supervisor/analyst everything unless assigned; agent only assigned. */
export function agentVisible(role: ClientRole, assignedAgentIds: readonly string[], agentId: string): boolean {
  if (role === "admin") return true;
  if (role === "agent") return assignedAgentIds.includes(agentId);
  return assignedAgentIds.length === 0 || assignedAgentIds.includes(agentId);
}

/** §4's table: agency-wide actions and the roles that may do them. */
export const STAFF_TABLE: Record<string, readonly StaffRole[]> = {
  "clients.create": ["owner", "admin"],
  "clients.archive": ["owner", "admin"],
  "defaults.update": ["owner", "admin"],
  "staff.manage": ["owner", "admin"],
  // "branding, domains, security settings (SSO, SCIM, API keys), audit log"
  "settings.manage": ["owner", "admin"],
  "audit.read": ["owner", "admin"],
  "agency.billing": ["owner"],
  "agency.delete": ["owner"],
  "ownership.transfer": ["owner"],
  // The SPEC lets every staff member see the team and clients within their scope.
  "staff.read": ["owner", "admin", "manager", "member"],
  "client.read": ["owner", "admin", "manager", "member"],
  "client.edit": ["owner", "admin", "manager"],
  // §13: generic call ingestion with an agency API key holding calls.ingest; §12: owners and admins hold agency keys.
  "calls.ingest": ["owner", "admin"],
};

export type StaffView = { role: StaffRole; assignedClientIds: readonly string[] };

export function staffMay(view: StaffView, capability: string): boolean {
  const roles = STAFF_TABLE[capability];
  if (!roles) throw new Error(`The oracle has no row for ${capability}`);
  return roles.includes(view.role);
}

export function staffCapabilities(view: StaffView): string[] {
  return Object.keys(STAFF_TABLE)
    .filter((c) => staffMay(view, c))
    .sort();
}

/** "see clients and their data": all | all | assigned (none assigned: all) | assigned only. */
export function staffSees(view: StaffView, clientId: string): boolean {
  if (view.role === "owner" || view.role === "admin") return true;
  if (view.role === "manager") return view.assignedClientIds.length === 0 || view.assignedClientIds.includes(clientId);
  return view.assignedClientIds.includes(clientId);
}

/** "edit a client's permissions, invite/remove its users, suspend its portal": ✓ | ✓ | assigned | ✗. */
export function staffEdits(view: StaffView, clientId: string): boolean {
  if (view.role === "owner" || view.role === "admin") return true;
  return view.role === "manager" && view.assignedClientIds.includes(clientId);
}

const RANK: Record<StaffRole, number> = { owner: 4, admin: 3, manager: 2, member: 1 };

/** "invite / remove staff, change staff roles: ✓ | ✓ (not owners, not other admins)"; nobody grants above their own. */
export function staffManages(view: StaffView & { userId: string }, target: { id: string; role: StaffRole }): boolean {
  if (!staffMay(view, "staff.manage")) return false;
  if (view.role === "owner") return true;
  return target.id !== view.userId && RANK[target.role] < RANK.admin;
}

export function staffMayInvite(view: StaffView, role: StaffRole): boolean {
  return staffMay(view, "staff.manage") && RANK[role] <= RANK[view.role] && (view.role === "owner" || role !== "owner");
}
