import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { PlatformLogo } from "@/components/brand/platform-logo";

export const metadata: Metadata = { title: "Forgot password" };

export default function ConsoleForgotPasswordPage() {
  return (
    <AuthCard
      logo={<PlatformLogo />}
      title="Forgot your password?"
      description="Enter your staff email. We'll send a link to choose a new password."
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
