"use client";

import { Eye } from "lucide-react";
import { useTransition } from "react";
import { signOutAction } from "@/app/actions/sign-out";
import { Button } from "@/components/ui/button";

/** Shown on every portal page of a staff preview: what is being previewed, and a way out. */
export function PreviewBanner({
  clientName,
  role,
  staffEmail,
}: {
  clientName: string;
  role: string;
  staffEmail: string;
}) {
  const [pending, start] = useTransition();
  return (
    <div
      data-testid="preview-banner"
      className="flex flex-wrap items-center gap-3 bg-amber-100 px-4 py-2 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50"
    >
      <Eye className="size-4" aria-hidden />
      <span>
        Previewing <strong>{clientName}</strong> as <strong className="capitalize">{role}</strong> — read-only (
        {staffEmail}).
      </span>
      <Button
        size="sm"
        variant="outline"
        className="ml-auto h-7"
        disabled={pending}
        onClick={() =>
          start(async () => {
            await signOutAction();
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full request must pass through proxy.ts
            window.location.assign("/login");
          })
        }
      >
        End preview
      </Button>
    </div>
  );
}
