import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/signup-form";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { getActor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Create your agency" };

// Console host only: on a portal host this path is rewritten into the portal tree, where it does not exist.
export default async function SignUpPage() {
  const actor = await getActor();
  if (actor?.kind === "agency") redirect("/agency");
  return (
    <AuthCard
      logo={<PlatformLogo />}
      title="Create your agency"
      description="You'll be its owner. Invite your team and your clients next."
      footer={
        <>
          Already have an account?{" "}
          <a className="font-medium text-foreground underline-offset-4 hover:underline" href="/login">
            Sign in
          </a>
        </>
      }
    >
      <SignUpForm portalRoot={getConfig().portalRootDomain} />
    </AuthCard>
  );
}
