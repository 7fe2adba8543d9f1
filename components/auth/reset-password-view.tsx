import type { ReactNode } from "react";
import type { ResetView } from "@/lib/auth/reset-password";
import { AuthCard } from "./auth-card";
import { ResetPasswordForm } from "./reset-password-form";

const DEAD_ENDS = {
  invalid: "This link is not valid. Open the whole link from the email, on the address it points to.",
  expired: "This link has expired: reset links work for one hour.",
  used: "This link was already used: each reset link works once.",
} as const;

export function ResetPasswordView({ logo, view, token }: { logo: ReactNode; view: ResetView; token: string }) {
  if (view.state !== "valid") {
    return (
      <AuthCard logo={logo} title="Reset link not usable">
        <div data-testid="reset-state" data-state={view.state} className="grid gap-4 text-sm text-muted-foreground">
          <p>{DEAD_ENDS[view.state]}</p>
          <a href="/forgot-password" className="font-medium text-foreground underline-offset-4 hover:underline">
            Ask for a new link
          </a>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      logo={logo}
      title="Choose a new password"
      description={`For ${view.email}. Every other session will be signed out.`}
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
