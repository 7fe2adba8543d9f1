import { CLIENT_CAPABILITIES, CLIENT_CAPABILITY_NAMES, type ClientCapability, type ClientRole } from "./client-roles";
import type { PermissionSet } from "./permission-keys";
import { STAFF_CAPABILITIES, STAFF_CAPABILITY_NAMES, type StaffCapability, type StaffRole } from "./staff-roles";

/** Which AI agents' data a client user sees: all of the client's, or only these. */
export type AgentScope = { all: true } | { all: false; agentIds: readonly string[] };

/** Which clients a staff member sees, and which of those they may edit. */
export type ClientScope = { all: true } | { all: false; clientIds: readonly string[] };

export type ResolvedClientUser = { capabilities: ReadonlySet<ClientCapability>; agentScope: AgentScope };

export type ResolvedStaff = {
  capabilities: ReadonlySet<StaffCapability>;
  readScope: ClientScope;
  editScope: ClientScope;
};

/**
 * The one resolver for client users (SPEC §5): toggle AND role AND assignment scope.
 * Pure — no I/O — so every page, action, route, export and stream asks it the same way.
 */
export function resolveClientUser(input: {
  role: ClientRole;
  toggles: PermissionSet;
  assignedAgentIds: readonly string[];
  clientAdminsManageUsers: boolean;
}): ResolvedClientUser {
  const capabilities = new Set<ClientCapability>();
  for (const name of CLIENT_CAPABILITY_NAMES) {
    const rule = CLIENT_CAPABILITIES[name];
    const roleHolds = (rule.roles as readonly ClientRole[]).includes(input.role);
    const toggleOn = rule.toggle === null || input.toggles[rule.toggle];
    if (roleHolds && toggleOn) capabilities.add(name);
  }
  if (!input.clientAdminsManageUsers) capabilities.delete("team.manage");
  return { capabilities, agentScope: agentScopeFor(input.role, input.assignedAgentIds) };
}

function agentScopeFor(role: ClientRole, assigned: readonly string[]): AgentScope {
  if (role === "admin") return { all: true };
  // The agent role sees only what it is assigned; with nothing assigned that is nothing.
  if (role === "agent") return { all: false, agentIds: assigned };
  return assigned.length === 0 ? { all: true } : { all: false, agentIds: assigned };
}

/** The resolver for agency staff (SPEC §4). */
export function resolveStaff(input: { role: StaffRole; assignedClientIds: readonly string[] }): ResolvedStaff {
  const capabilities = new Set<StaffCapability>(
    STAFF_CAPABILITY_NAMES.filter((name) => (STAFF_CAPABILITIES[name] as readonly StaffRole[]).includes(input.role)),
  );
  const assigned: ClientScope = { all: false, clientIds: input.assignedClientIds };
  switch (input.role) {
    case "owner":
    case "admin":
      return { capabilities, readScope: { all: true }, editScope: { all: true } };
    case "manager":
      // A manager with no assignments sees every client but may edit only assigned ones.
      return {
        capabilities,
        readScope: input.assignedClientIds.length ? assigned : { all: true },
        editScope: assigned,
      };
    case "member":
      return { capabilities, readScope: assigned, editScope: { all: false, clientIds: [] } };
  }
}

export function scopeIncludes(scope: ClientScope, clientId: string): boolean {
  return scope.all || scope.clientIds.includes(clientId);
}

export function agentVisible(scope: AgentScope, agentId: string): boolean {
  return scope.all || scope.agentIds.includes(agentId);
}
