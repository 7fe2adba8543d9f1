import type { PermissionKey } from "./permission-keys";

export const CLIENT_ROLES = ["admin", "supervisor", "analyst", "agent"] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

export const CLIENT_ROLE_LABELS: Record<ClientRole, string> = {
  admin: "Admin",
  supervisor: "Supervisor",
  analyst: "Analyst",
  agent: "Agent",
};

/**
 * SPEC §5 as data: each client capability, the agency toggle it sits under, and the roles that
 * hold it. The effective capability is toggle AND role (AND assignment scope for data).
 */
export const CLIENT_CAPABILITIES = {
  "agents.read": { toggle: "view_agents", roles: ["admin", "supervisor", "analyst", "agent"] },
  "agents.update": { toggle: "edit_agents", roles: ["admin", "supervisor"] },
  "calls.read": { toggle: "view_calls", roles: ["admin", "supervisor", "analyst", "agent"] },
  "calls.review": { toggle: "view_calls", roles: ["admin", "supervisor", "analyst", "agent"] },
  "calls.export": { toggle: "view_calls", roles: ["admin", "supervisor"] },
  "calls.transcript.read": { toggle: "view_call_details", roles: ["admin", "supervisor", "analyst"] },
  "calls.recording.play": { toggle: "view_call_details", roles: ["admin", "supervisor"] },
  "calls.recording.download": { toggle: "view_call_details", roles: ["admin"] },
  "calls.delete": { toggle: "view_call_details", roles: ["admin"] },
  "analytics.read": { toggle: "view_analytics", roles: ["admin", "supervisor", "analyst"] },
  "billing.read": { toggle: "manage_billing", roles: ["admin"] },
  "integrations.read": { toggle: "view_integrations", roles: ["admin", "supervisor"] },
  "integrations.manage": { toggle: "manage_integrations", roles: ["admin"] },
  // Who read or played this client's calls: meaningful only while calls are visible at all.
  "access_log.read": { toggle: "view_calls", roles: ["admin"] },
  // Also needs the agency's per-client "client admins manage users" switch (see resolve).
  "team.manage": { toggle: null, roles: ["admin"] },
  // The client's own settings (its time zone): its admin's, whatever the toggles.
  "settings.manage": { toggle: null, roles: ["admin"] },
} as const satisfies Record<string, { toggle: PermissionKey | null; roles: readonly ClientRole[] }>;

export type ClientCapability = keyof typeof CLIENT_CAPABILITIES;
export const CLIENT_CAPABILITY_NAMES = Object.keys(CLIENT_CAPABILITIES) as ClientCapability[];

export function isClientRole(value: string): value is ClientRole {
  return (CLIENT_ROLES as readonly string[]).includes(value);
}
