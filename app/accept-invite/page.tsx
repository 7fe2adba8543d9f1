import type { Metadata } from "next";
import { AcceptInviteView } from "@/components/auth/accept-invite-view";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { viewInvitation } from "@/lib/auth/accept-invitation";
import { currentRequestMeta } from "@/lib/auth/request-meta";

export const metadata: Metadata = { title: "Accept invitation" };

/** Staff invitations are accepted on the console host. */
export default async function ConsoleAcceptInvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const view = await viewInvitation(token, (await currentRequestMeta()).host);
  return <AcceptInviteView logo={<PlatformLogo />} view={view} token={token} audience="the agency console" />;
}
