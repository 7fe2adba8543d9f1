"use client";

import { LogOut } from "lucide-react";
import { useTransition } from "react";
import { signOutAction } from "@/app/actions/sign-out";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

// A full navigation after signing out, so the portal host's /login is served through proxy.ts.
export function SignOutItem() {
  const [pending, start] = useTransition();
  return (
    <DropdownMenuItem
      disabled={pending}
      onSelect={(event) => {
        event.preventDefault();
        start(async () => {
          await signOutAction();
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full request must pass through proxy.ts
          window.location.assign("/login");
        });
      }}
    >
      <LogOut aria-hidden /> Sign out
    </DropdownMenuItem>
  );
}
