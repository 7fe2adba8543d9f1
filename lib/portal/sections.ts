import type { ClientActor } from "@/lib/authz/actor";
import type { ClientCapability } from "@/lib/authz/client-roles";

export type PortalSectionKey =
  "agents" | "calls" | "analytics" | "billing" | "integrations" | "team" | "access-log" | "settings";

/** Each portal section and the capability that shows it; navigation and pages both read this. */
export const PORTAL_SECTIONS: { key: PortalSectionKey; href: string; label: string; capability: ClientCapability }[] = [
  { key: "agents", href: "/agents", label: "Agents", capability: "agents.read" },
  { key: "calls", href: "/calls", label: "Calls", capability: "calls.read" },
  { key: "analytics", href: "/analytics", label: "Analytics", capability: "analytics.read" },
  { key: "billing", href: "/billing", label: "Billing", capability: "billing.read" },
  { key: "integrations", href: "/integrations", label: "Integrations", capability: "integrations.read" },
  { key: "team", href: "/team", label: "Team", capability: "team.manage" },
  { key: "access-log", href: "/access-log", label: "Access log", capability: "access_log.read" },
  { key: "settings", href: "/settings", label: "Settings", capability: "settings.manage" },
];

export function visibleSections(actor: Pick<ClientActor, "resolved">) {
  return PORTAL_SECTIONS.filter((s) => actor.resolved.capabilities.has(s.capability));
}
