import type { ClientRole } from "@/lib/authz/client-roles";
import type { PermissionSet } from "@/lib/authz/permission-keys";
import { resolveClientUser } from "@/lib/authz/resolve";
import { PORTAL_SECTIONS } from "./sections";

/**
 * The portal navigation a client user of `role` would get under `toggles` — the same resolver
 * the portal uses, so the console's previews cannot drift from what users really see. Pure:
 * safe in client components.
 */
export function sectionsFor(input: { toggles: PermissionSet; role: ClientRole; clientAdminsManageUsers: boolean }) {
  const resolved = resolveClientUser({ ...input, assignedAgentIds: [] });
  return PORTAL_SECTIONS.filter((s) => resolved.capabilities.has(s.capability));
}

/** Sections a client's users gain or lose between two sets (as its admin, who sees the most). */
export function sectionChanges(before: PermissionSet, after: PermissionSet, clientAdminsManageUsers: boolean) {
  const labels = (toggles: PermissionSet) =>
    sectionsFor({ toggles, role: "admin", clientAdminsManageUsers }).map((s) => s.label);
  const was = labels(before);
  const will = labels(after);
  return { gained: will.filter((l) => !was.includes(l)), lost: was.filter((l) => !will.includes(l)) };
}
