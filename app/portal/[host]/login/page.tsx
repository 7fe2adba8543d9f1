import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { AgencyLogo } from "@/components/brand/agency-logo";
import { getActorResult } from "@/lib/auth/current-actor";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { ssoFailureMessage } from "@/lib/sso/failure-messages";

export const metadata: Metadata = { title: "Sign in" };

export default async function PortalLoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ host: string }>;
  searchParams: Promise<{ next?: string; reason?: string; sso_error?: string }>;
}) {
  const agency = await getPortalAgency(decodeURIComponent((await params).host));
  if (!agency) notFound();
  const result = await getActorResult();
  if (result.ok && result.actor.kind === "client") redirect("/");
  const { next, reason, sso_error: ssoError } = await searchParams;
  const suspended = reason === "suspended" || (!result.ok && result.reason === "suspended");
  const contact = agency.supportEmail ? ` at ${agency.supportEmail}` : "";
  return (
    <AuthCard
      logo={<AgencyLogo agency={agency} />}
      title={`Sign in to ${agency.name}`}
      description="Use the email your invitation was sent to."
    >
      <LoginForm
        next={next}
        notice={
          suspended
            ? `Access to this portal is paused. Contact ${agency.name}${contact}.`
            : ssoError
              ? ssoFailureMessage(ssoError)
              : undefined
        }
      />
    </AuthCard>
  );
}
