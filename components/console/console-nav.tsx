import { Building2, FileClock, LayoutDashboard, Mail, Settings, Users } from "lucide-react";
import { NavLink } from "@/components/shell/nav-link";

/** Console navigation; items the viewer's role cannot use are left out. */
export function ConsoleNav({
  canManageSettings,
  canReadAudit,
  showOutbox,
}: {
  canManageSettings: boolean;
  canReadAudit: boolean;
  showOutbox: boolean;
}) {
  return (
    <>
      <NavLink href="/agency" exact>
        <LayoutDashboard className="size-4" aria-hidden /> Overview
      </NavLink>
      <NavLink href="/agency/clients">
        <Building2 className="size-4" aria-hidden /> Clients
      </NavLink>
      <NavLink href="/agency/team">
        <Users className="size-4" aria-hidden /> Team
      </NavLink>
      <NavLink href="/agency/settings">
        <Settings className="size-4" aria-hidden /> Settings
      </NavLink>
      {canReadAudit && (
        <NavLink href="/agency/audit">
          <FileClock className="size-4" aria-hidden /> Audit log
        </NavLink>
      )}
      {showOutbox && canManageSettings && (
        <NavLink href="/agency/outbox">
          <Mail className="size-4" aria-hidden /> Email outbox
        </NavLink>
      )}
    </>
  );
}
