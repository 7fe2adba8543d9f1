"use client";

import { ShieldOff } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { signOutEverywhereAction } from "@/app/actions/accounts";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

/** Ends every session of mine (other browsers and devices too), then this one. */
export function SignOutEverywhereItem() {
  const [pending, start] = useTransition();
  return (
    <DropdownMenuItem
      disabled={pending}
      onSelect={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await signOutEverywhereAction();
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full request must pass through proxy.ts
          window.location.assign("/login");
        });
      }}
    >
      <ShieldOff aria-hidden /> Sign out everywhere
    </DropdownMenuItem>
  );
}
