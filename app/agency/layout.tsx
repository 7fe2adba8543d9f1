import type { ReactNode } from "react";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { ConsoleNav } from "@/components/console/console-nav";
import { AppShell } from "@/components/shell/app-shell";
import { UserMenu } from "@/components/shell/user-menu";
import { getActor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config";

// Hides navigation only; each console page checks the actor itself.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const staff = actor?.kind === "agency" ? actor : null;
  const caps = staff?.resolved.capabilities;
  return (
    <AppShell
      logo={<PlatformLogo />}
      nav={
        staff ? (
          <ConsoleNav
            canManageSettings={!!caps?.has("settings.manage")}
            canReadAudit={!!caps?.has("audit.read")}
            showOutbox={!getConfig().smtpUrl}
          />
        ) : null
      }
      userMenu={
        staff ? (
          <UserMenu
            name={staff.name}
            email={`${staff.email} · ${staff.agencyName}`}
            role={staff.role}
            accountHref="/agency/account"
          />
        ) : null
      }
    >
      {children}
    </AppShell>
  );
}
