import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordView } from "@/components/auth/reset-password-view";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { viewPasswordReset } from "@/lib/auth/reset-password";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";

export const metadata: Metadata = { title: "Reset password" };

export default async function PortalResetPasswordPage({
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
  return (
    <ResetPasswordView
      logo={<AgencyLogo agency={agency} />}
      view={await viewPasswordReset(token, host)}
      token={token}
    />
  );
}
