import type { ReactNode } from "react";
import type { InvitationView } from "@/lib/auth/accept-invitation";
import { AuthCard } from "./auth-card";
import { AcceptInviteForm } from "./accept-invite-form";

const DEAD_ENDS: Record<Exclude<InvitationView["state"], "valid">, { title: string; body: string; signIn: boolean }> = {
  invalid: {
    title: "This link is not valid",
    body: "Check that you opened the whole link from your invitation email, on the address it points to. If it still fails, ask whoever invited you for a new invitation.",
    signIn: false,
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitations work for seven days. Ask whoever invited you to send a new one.",
    signIn: false,
  },
  revoked: {
    title: "This invitation was withdrawn",
    body: "It can no longer be used. If you think this is a mistake, ask whoever invited you.",
    signIn: false,
  },
  accepted: {
    title: "This invitation was already used",
    body: "An account was created with it. Sign in with that email and password.",
    signIn: true,
  },
  has_account: {
    title: "You already have an account",
    body: "This email address already has an account here. Sign in instead — or use “Forgot password?” on the sign-in page.",
    signIn: true,
  },
};

/** The accept page for either host: the form for a valid link, a clear dead end otherwise. */
export function AcceptInviteView({
  logo,
  view,
  token,
  audience,
}: {
  logo: ReactNode;
  view: InvitationView;
  token: string;
  audience: string;
}) {
  if (view.state !== "valid") {
    const end = DEAD_ENDS[view.state];
    return (
      <AuthCard logo={logo} title={end.title}>
        <div
          data-testid="invitation-state"
          data-state={view.state}
          className="grid gap-4 text-sm text-muted-foreground"
        >
          <p>{end.body}</p>
          {view.email && end.signIn && (
            <p>
              Email: <span className="font-medium text-foreground">{view.email}</span>
            </p>
          )}
          {end.signIn && (
            <a href="/login" className="font-medium text-foreground underline-offset-4 hover:underline">
              Sign in
            </a>
          )}
        </div>
      </AuthCard>
    );
  }
  const where = view.clientName ? `the ${view.clientName} portal` : audience;
  return (
    <AuthCard
      logo={logo}
      title={`Join ${view.agencyName}`}
      description={`You're invited to ${where}. Choose your name and a password.`}
    >
      <AcceptInviteForm token={token} email={view.email} />
    </AuthCard>
  );
}
