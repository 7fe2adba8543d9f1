"use client";

import { ShieldOff } from "lucide-react";
import { signOutEverywhereAction } from "@/app/actions/accounts";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Ends every session of mine (other browsers and devices too), then this one. */
export function SignOutEverywhereItem() {
  const { pending, run } = useRunAction();
  return (
    <DropdownMenuItem
      disabled={pending}
      onSelect={(event) => {
        event.preventDefault();
        run(signOutEverywhereAction, {
          success: false,
          refresh: "never",
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full request must pass through proxy.ts
          onSuccess: () => window.location.assign("/login"),
        });
      }}
    >
      <ShieldOff aria-hidden /> Sign out everywhere
    </DropdownMenuItem>
  );
}
