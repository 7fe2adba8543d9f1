import type { ReactNode } from "react";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { PortalNav } from "@/components/portal/portal-nav";
import { TimeZoneProvider } from "@/components/portal/time-zone-context";
import { PreviewBanner } from "@/components/preview/preview-banner";
import { AppShell } from "@/components/shell/app-shell";
import { UserMenu } from "@/components/shell/user-menu";
import { getActor } from "@/lib/auth/current-actor";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { visibleSections } from "@/lib/portal/sections";

// Layouts never authorise (they do not re-render on navigation): this one only hides
// navigation; every page calls requirePortalActor itself.
export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ host: string }>;
}) {
  const agency = (await getPortalAgency(decodeURIComponent((await params).host)))!;
  const actor = await getActor();
  const client = actor?.kind === "client" ? actor : null;
  return (
    <AppShell
      logo={<AgencyLogo agency={agency} size={28} />}
      nav={client ? <PortalNav sections={visibleSections(client)} /> : null}
      userMenu={
        client && !client.preview ? (
          <UserMenu name={client.name} email={client.email} role={client.role} accountHref="/account" />
        ) : null
      }
      banner={
        client?.preview ? (
          <PreviewBanner clientName={client.clientName} role={client.role} staffEmail={client.preview.staffEmail} />
        ) : undefined
      }
    >
      {client ? <TimeZoneProvider timeZone={client.timeZone}>{children}</TimeZoneProvider> : children}
    </AppShell>
  );
}
