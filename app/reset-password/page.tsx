import type { Metadata } from "next";
import { ResetPasswordView } from "@/components/auth/reset-password-view";
import { PlatformLogo } from "@/components/brand/platform-logo";
import { currentRequestMeta } from "@/lib/auth/request-meta";
import { viewPasswordReset } from "@/lib/auth/reset-password";

export const metadata: Metadata = { title: "Reset password" };

export default async function ConsoleResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const view = await viewPasswordReset(token, (await currentRequestMeta()).host);
  return <ResetPasswordView logo={<PlatformLogo />} view={view} token={token} />;
}
