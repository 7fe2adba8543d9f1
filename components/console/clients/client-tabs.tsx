import { NavLink } from "@/components/shell/nav-link";

/**
 * A client's tabs. Each tab's page checks access itself; Users is its own feature. Preview is
 * offered only to staff who may start one (those who may edit the client).
 */
export function ClientTabs({
  clientId,
  mayPreview,
  mayConnectProviders,
}: {
  clientId: string;
  mayPreview: boolean;
  /** Provider keys are settings: owners and admins who may edit the client. */
  mayConnectProviders: boolean;
}) {
  const base = `/agency/clients/${clientId}`;
  return (
    <nav aria-label="Client" className="flex flex-wrap gap-1 border-b pb-2">
      <NavLink href={base} exact>
        Overview
      </NavLink>
      <NavLink href={`${base}/permissions`}>Permissions</NavLink>
      <NavLink href={`${base}/users`}>Users</NavLink>
      {mayPreview && <NavLink href={`${base}/preview`}>Preview as client</NavLink>}
      {mayPreview && <NavLink href={`${base}/security`}>Security</NavLink>}
      {mayConnectProviders && <NavLink href={`${base}/providers`}>Providers</NavLink>}
    </nav>
  );
}
