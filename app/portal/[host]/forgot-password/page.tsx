import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";

export const metadata: Metadata = { title: "Forgot password" };

export default async function PortalForgotPasswordPage({ params }: { params: Promise<{ host: string }> }) {
  const agency = await getPortalAgency(decodeURIComponent((await params).host));
  if (!agency) notFound();
  return (
    <AuthCard
      logo={<AgencyLogo agency={agency} />}
      title="Forgot your password?"
      description="Enter the email you sign in with. We'll send a link to choose a new password."
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
