"use client";

import { Eye } from "lucide-react";
import { startPreviewAction } from "@/app/actions/start-preview";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";
import { CLIENT_ROLES, CLIENT_ROLE_LABELS } from "@/lib/authz/client-roles";

/** One button per client role; the portal opens in this tab, signed in as a read-only preview. */
export function StartPreviewButtons({ clientId }: { clientId: string }) {
  const { pending, run } = useRunAction();
  return (
    <div className="flex flex-wrap gap-2">
      {CLIENT_ROLES.map((role) => (
        <Button
          key={role}
          variant="outline"
          disabled={pending}
          onClick={() =>
            run(() => startPreviewAction(clientId, role), {
              success: false,
              refresh: "never",
              onSuccess: ({ url }) => window.location.assign(url),
            })
          }
        >
          <Eye aria-hidden /> Preview as {CLIENT_ROLE_LABELS[role].toLowerCase()}
        </Button>
      ))}
    </div>
  );
}
