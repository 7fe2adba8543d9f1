import type { ClientCapability, ClientRole } from "@/lib/authz/client-roles";
import type { PermissionSet } from "@/lib/authz/permission-keys";
import { resolveClientUser } from "@/lib/authz/resolve";
import { PORTAL_SECTIONS, type PortalSectionKey } from "./sections";

// What a user can do inside a section beyond opening it, for the console's preview.
const SECTION_ABILITIES: Partial<Record<PortalSectionKey, [ClientCapability, string][]>> = {
  agents: [["agents.update", "edit"]],
  calls: [
    ["calls.transcript.read", "transcripts"],
    ["calls.recording.play", "recordings"],
    ["calls.recording.download", "downloads"],
    ["calls.export", "export"],
  ],
  integrations: [["integrations.manage", "manage"]],
};

/**
 * The portal navigation a client user of `role` would get under `toggles` — the same resolver
 * the portal uses, so the console's previews cannot drift from what users really see — with what
 * they may do in each section. Pure: safe in client components.
 */
export function sectionsFor(input: { toggles: PermissionSet; role: ClientRole; clientAdminsManageUsers: boolean }) {
  const { capabilities } = resolveClientUser({ ...input, assignedAgentIds: [] });
  // Settings are the client admin's own, not something the agency switches: left out of previews.
  return PORTAL_SECTIONS.filter((s) => s.key !== "settings" && capabilities.has(s.capability)).map((s) => ({
    ...s,
    abilities: (SECTION_ABILITIES[s.key] ?? []).filter(([cap]) => capabilities.has(cap)).map(([, label]) => label),
  }));
}

/** Sections a client's users gain or lose between two sets (as its admin, who sees the most). */
export function sectionChanges(before: PermissionSet, after: PermissionSet, clientAdminsManageUsers: boolean) {
  const labels = (toggles: PermissionSet) =>
    sectionsFor({ toggles, role: "admin", clientAdminsManageUsers }).map((s) => s.label);
  const was = labels(before);
  const will = labels(after);
  return { gained: will.filter((l) => !was.includes(l)), lost: was.filter((l) => !will.includes(l)) };
}
