"use client";

import { useState } from "react";
import { setClientMfaPolicyAction, setStaffMfaPolicyAction } from "@/app/actions/mfa-policy";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useRunAction } from "@/lib/actions/use-run-action";

/**
 * "Require MFA" for the agency's staff (clientId null) or one client's users (SPEC §11). Switching
 * it on signs out those without a second factor; they enrol at their next sign-in.
 */
export function MfaPolicyCard({ clientId, requireMfa }: { clientId: string | null; requireMfa: boolean }) {
  const [checked, setChecked] = useState(requireMfa);
  const { pending, run } = useRunAction();
  const who = clientId ? "this client's users" : "staff";
  return (
    <Card>
      <CardHeader>
        <CardTitle>Two-step sign-in</CardTitle>
        <CardDescription>
          When required, {who} without an authenticator app or passkey set one up at their next password sign-in, and
          their open password-only sessions end. Single sign-on users are not asked again: their identity provider
          decides.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex items-center gap-3">
          <Switch
            id={`require-mfa-${clientId ?? "staff"}`}
            checked={checked}
            disabled={pending}
            onCheckedChange={(next) => {
              setChecked(next);
              run(() => (clientId ? setClientMfaPolicyAction(clientId, next) : setStaffMfaPolicyAction(next)), {
                success: (data) =>
                  data.requireMfa && data.signedOut
                    ? `Required. ${data.signedOut} session${data.signedOut === 1 ? "" : "s"} without a second factor ended.`
                    : data.requireMfa
                      ? "Two-step sign-in is required."
                      : "Two-step sign-in is optional.",
                onError: () => setChecked(!next),
              });
            }}
          />
          <Label htmlFor={`require-mfa-${clientId ?? "staff"}`}>Require two-step sign-in for {who}</Label>
        </div>
      </CardContent>
    </Card>
  );
}
