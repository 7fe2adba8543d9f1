import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptInviteView } from "@/components/auth/accept-invite-view";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { viewInvitation } from "@/lib/auth/accept-invitation";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";

export const metadata: Metadata = { title: "Accept invitation" };

/** Client users accept on their agency's portal host, under its brand. */
export default async function PortalAcceptInvitePage({
  params,
  searchParams,
}: {
  params: Promise<{ host: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const host = decodeURIComponent((await params).host);
  const agency = await getPortalAgency(host);
  if (!agency) notFound();
  const { token = "" } = await searchParams;
  const view = await viewInvitation(token, host);
  return (
    <AcceptInviteView
      logo={<AgencyLogo agency={agency} />}
      view={view}
      token={token}
      audience={`the ${agency.name} portal`}
    />
  );
}
