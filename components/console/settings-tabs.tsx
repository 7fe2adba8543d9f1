import { NavLink } from "@/components/shell/nav-link";

/** Settings sub-navigation; each tab's page checks its own capability. */
export function SettingsTabs({ canManageSettings }: { canManageSettings: boolean }) {
  return (
    <nav aria-label="Settings" className="flex flex-wrap gap-1 border-b pb-2">
      <NavLink href="/agency/settings/client-defaults">Client defaults</NavLink>
      {canManageSettings && <NavLink href="/agency/settings/branding">Branding</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/domains">Domains</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/audit">Audit retention &amp; streaming</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/security">Security</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/voice-providers">Voice providers</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/api-keys">API keys</NavLink>}
      {canManageSettings && <NavLink href="/agency/settings/api-reference">API reference</NavLink>}
    </nav>
  );
}
