import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { getActor } from "@/lib/auth/current-actor";
import { ssoFailureMessage } from "@/lib/sso/failure-messages";

export const metadata: Metadata = { title: "Sign in" };

export default async function ConsoleLoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; sso_error?: string }>;
}) {
  const actor = await getActor();
  if (actor?.kind === "agency") redirect("/agency");
  const { next, sso_error: ssoError } = await searchParams;
  return (
    <AuthCard
      logo={<PlatformLogo />}
      title="Sign in to your agency"
      description="Agency staff sign in here. Client users sign in on their agency's portal."
      footer={
        <>
          New agency?{" "}
          <a className="font-medium text-foreground underline-offset-4 hover:underline" href="/signup">
            Create an account
          </a>
        </>
      }
    >
      <LoginForm next={next} notice={ssoError ? ssoFailureMessage(ssoError) : undefined} />
    </AuthCard>
  );
}
