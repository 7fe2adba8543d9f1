import { PERMISSION_KEYS, type PermissionKey, type PermissionSet } from "./permission-keys";

export const PERMISSION_SECTIONS = ["Agents", "Calls", "Analytics", "Billing", "Integrations"] as const;
export type PermissionSection = (typeof PERMISSION_SECTIONS)[number];

export const PERMISSIONS: Record<
  PermissionKey,
  {
    label: string;
    description: string;
    section: PermissionSection;
    requires?: PermissionKey;
  }
> = {
  view_agents: {
    label: "View agents",
    section: "Agents",
    description: "Agent list: names, statuses, assigned phone numbers.",
  },
  edit_agents: {
    label: "Edit agents",
    section: "Agents",
    requires: "view_agents",
    description: "Change an agent's prompt, greeting, voice and behaviour options.",
  },
  view_calls: {
    label: "View calls",
    section: "Calls",
    description: "Call history table: time, duration, status, caller, agent.",
  },
  view_call_details: {
    label: "View call details",
    section: "Calls",
    requires: "view_calls",
    description: "Open a call: recording, transcript, summary, sentiment.",
  },
  view_analytics: {
    label: "View analytics",
    section: "Analytics",
    description: "Analytics dashboard: volume, duration, sentiment, outcomes.",
  },
  manage_billing: {
    label: "Manage billing",
    section: "Billing",
    description: "Rate, usage, spend, invoices and their download.",
  },
  view_integrations: {
    label: "View integrations",
    section: "Integrations",
    description: "Which integrations are connected and their status.",
  },
  manage_integrations: {
    label: "Manage integrations",
    section: "Integrations",
    requires: "view_integrations",
    description: "Connect, disconnect and configure integrations and webhooks.",
  },
};

export const PRESETS = {
  hands_off: [],
  view_only: ["view_agents", "view_calls", "view_call_details", "view_analytics"],
  self_service: [...PERMISSION_KEYS],
} as const satisfies Record<string, readonly PermissionKey[]>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export const PRESET_LABELS: Record<PresetName, string> = {
  hands_off: "Hands-off (nothing visible)",
  view_only: "View only",
  self_service: "Self-service (everything)",
};

export function presetPermissions(name: PresetName): PermissionSet {
  const on = new Set<PermissionKey>(PRESETS[name]);
  return Object.fromEntries(PERMISSION_KEYS.map((k) => [k, on.has(k)])) as PermissionSet;
}

/** The rules a set breaks, e.g. "edit_agents requires view_agents". Empty when valid. */
export function dependencyViolations(set: PermissionSet): string[] {
  return PERMISSION_KEYS.flatMap((key) => {
    const needs = PERMISSIONS[key].requires;
    return set[key] && needs && !set[needs] ? [`${key} requires ${needs}`] : [];
  });
}

/** Whether a set switches on nothing a client user could see. */
export function isEmptySet(set: PermissionSet): boolean {
  return PERMISSION_KEYS.every((k) => !set[k]);
}

/** The sections with at least one toggle on, in display order: the console's badge row. */
export function enabledSections(set: PermissionSet): PermissionSection[] {
  return PERMISSION_SECTIONS.filter((section) =>
    PERMISSION_KEYS.some((k) => PERMISSIONS[k].section === section && set[k]),
  );
}
