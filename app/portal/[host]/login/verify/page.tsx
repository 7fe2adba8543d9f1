import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { MfaStep } from "@/components/auth/mfa-step";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { loadMfaStep } from "@/lib/auth/mfa/load-mfa-step";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";

export const metadata: Metadata = { title: "Verify it's you" };

export default async function PortalMfaStepPage({
  params,
  searchParams,
}: {
  params: Promise<{ host: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const agency = await getPortalAgency(decodeURIComponent((await params).host));
  if (!agency) notFound();
  const view = await loadMfaStep();
  const { next } = await searchParams;
  return (
    <AuthCard
      logo={<AgencyLogo agency={agency} />}
      title={view.state === "enrol" ? "Set up two-step sign-in" : "Verify it's you"}
      description={view.state === "expired" ? undefined : `Signing in as ${view.email}`}
    >
      <MfaStep view={view} next={next} />
    </AuthCard>
  );
}
