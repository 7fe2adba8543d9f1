"use client";

import { useState } from "react";
import { updateClientAction } from "@/app/actions/clients";
import { TimeZoneSelect } from "@/components/time-zones/time-zone-select";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useRunAction } from "@/lib/actions/use-run-action";

type Props = {
  clientId: string;
  portalAccess: "enabled" | "suspended";
  clientAdminsManageUsers: boolean;
  canEdit: boolean;
  timeZone: string | null;
  agencyTimeZone: string;
};

/** Portal access, user self-management and time zone for one client; read-only without client.edit. */
export function ClientAccessSettings({ clientId, canEdit, agencyTimeZone, ...initial }: Props) {
  const [timeZone, setTimeZone] = useState(initial.timeZone ?? "");
  const [portalEnabled, setPortalEnabled] = useState(initial.portalAccess === "enabled");
  const [manageUsers, setManageUsers] = useState(initial.clientAdminsManageUsers);
  const { pending, run } = useRunAction();

  // Optimistic switches: put back if the server refuses. The action revalidates the page.
  const save = (input: Record<string, unknown>, revert: () => void, message: string) =>
    run(() => updateClientAction(clientId, input), { success: message, onError: revert, refresh: "never" });

  return (
    <div className="grid gap-5">
      <div className="flex items-start justify-between gap-4">
        <div className="grid gap-1">
          <Label htmlFor="portal-access">{portalEnabled ? "Portal access enabled" : "Portal access suspended"}</Label>
          <p className="text-sm text-muted-foreground">
            {portalEnabled
              ? "The client's users can sign in to their portal."
              : "Its users cannot sign in and are told to contact you. You keep full access."}
          </p>
        </div>
        <Switch
          id="portal-access"
          checked={portalEnabled}
          disabled={!canEdit || pending}
          onCheckedChange={(on) => {
            setPortalEnabled(on);
            save(
              { portalAccess: on ? "enabled" : "suspended" },
              () => setPortalEnabled(!on),
              on ? "Portal access restored" : "Portal suspended — its users are signed out",
            );
          }}
        />
      </div>
      <div className="flex items-start justify-between gap-4">
        <div className="grid gap-1">
          <Label htmlFor="manage-users">Client admins manage their users</Label>
          <p className="text-sm text-muted-foreground">
            Lets the client&apos;s admins invite, change and remove their own users from the portal&apos;s Team page.
          </p>
        </div>
        <Switch
          id="manage-users"
          checked={manageUsers}
          disabled={!canEdit || pending}
          onCheckedChange={(on) => {
            setManageUsers(on);
            save(
              { clientAdminsManageUsers: on },
              () => setManageUsers(!on),
              on ? "Client admins can manage their users" : "Only your team manages this client's users",
            );
          }}
        />
      </div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <Label htmlFor="client-time-zone">Time zone</Label>
          <p className="text-sm text-muted-foreground">
            Days, hours and times in the client&apos;s portal, exports and invoices. Its admin can change it too.
          </p>
        </div>
        <TimeZoneSelect
          id="client-time-zone"
          value={timeZone}
          disabled={!canEdit || pending}
          inheritLabel={`Agency's zone (${agencyTimeZone})`}
          onChange={(zone) => {
            const before = timeZone;
            setTimeZone(zone);
            save(
              { timeZone: zone || null },
              () => setTimeZone(before),
              `Time zone set to ${zone || `the agency's (${agencyTimeZone})`}`,
            );
          }}
        />
      </div>
    </div>
  );
}
