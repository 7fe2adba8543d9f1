"use client";

import { Eye } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { startPreviewAction } from "@/app/actions/start-preview";
import { Button } from "@/components/ui/button";
import { CLIENT_ROLES, CLIENT_ROLE_LABELS } from "@/lib/authz/client-roles";

/** One button per client role; the portal opens in this tab, signed in as a read-only preview. */
export function StartPreviewButtons({ clientId }: { clientId: string }) {
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-wrap gap-2">
      {CLIENT_ROLES.map((role) => (
        <Button
          key={role}
          variant="outline"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await startPreviewAction(clientId, role);
              if (result.ok) window.location.assign(result.data.url);
              else toast.error(result.error);
            })
          }
        >
          <Eye aria-hidden /> Preview as {CLIENT_ROLE_LABELS[role].toLowerCase()}
        </Button>
      ))}
    </div>
  );
}
