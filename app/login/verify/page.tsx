import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { MfaStep } from "@/components/auth/mfa-step";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { loadMfaStep } from "@/lib/auth/mfa/load-mfa-step";

export const metadata: Metadata = { title: "Verify it's you" };

export default async function ConsoleMfaStepPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const view = await loadMfaStep();
  const { next } = await searchParams;
  return (
    <AuthCard
      logo={<PlatformLogo />}
      title={view.state === "enrol" ? "Set up two-step sign-in" : "Verify it's you"}
      description={view.state === "expired" ? undefined : `Signing in as ${view.email}`}
    >
      <MfaStep view={view} next={next} />
    </AuthCard>
  );
}
