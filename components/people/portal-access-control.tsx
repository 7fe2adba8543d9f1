"use client";

import { setPortalAccessAction } from "@/app/actions/people";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";
import { ConfirmButton } from "./confirm-button";

/** Withhold or restore a client's portal; staff keep full access either way. */
export function PortalAccessControl({
  clientId,
  clientName,
  portalAccess,
  canManage,
}: {
  clientId: string;
  clientName: string;
  portalAccess: "enabled" | "suspended";
  canManage: boolean;
}) {
  const { pending, run } = useRunAction();
  const suspended = portalAccess === "suspended";
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border px-4 py-3 text-sm" data-testid="portal-access">
      <span>Portal access</span>
      <Badge variant={suspended ? "warning" : "success"}>{suspended ? "Suspended" : "Enabled"}</Badge>
      <span className="text-muted-foreground">
        {suspended ? "Users cannot sign in and are told to contact you." : "Users sign in with their own accounts."}
      </span>
      {canManage && (
        <ConfirmButton
          trigger={
            <Button size="sm" variant="outline" className="ml-auto" disabled={pending}>
              {suspended ? "Restore portal" : "Suspend portal"}
            </Button>
          }
          title={suspended ? `Restore ${clientName}'s portal?` : `Suspend ${clientName}'s portal?`}
          description={
            suspended
              ? "Its users can sign in again right away."
              : "Its users are signed out on their next click and cannot sign in until you restore it. You keep full access."
          }
          confirm={suspended ? "Restore portal" : "Suspend portal"}
          onConfirm={() => run(() => setPortalAccessAction(clientId, suspended ? "enabled" : "suspended"))}
        />
      )}
    </div>
  );
}
